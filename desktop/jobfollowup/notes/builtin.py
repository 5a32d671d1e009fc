# ruff: noqa: E501  (note text: one paragraph per line, as it is sent)
"""The built-in note templates, written (not translated) for each language.

Each template follows docs/design.md §5: English "Dear …", French *vous*, Italian *Lei*,
Norwegian *du* and "Hei Kari,"; no word agrees with the sender's gender. They follow R3
and R10: a friendly opener, the interview's personal points (each on its own line, so
that an empty point drops its sentence), renewed interest, never a reproach.

These are note text, not interface text: they are not gettext messages.
"""

from __future__ import annotations

from jobfollowup.notes.templates import Template
from jobfollowup.rules.kinds import Kind

OUTCOME_LANDED = "reference-outcome-landed"
OUTCOME_NOT_LANDED = "reference-outcome-not-landed"

# Every template a user may edit: one per kind, two for the outcome update.
TEMPLATE_IDS: tuple[str, ...] = (
    Kind.THANK_YOU_EMAIL.value, Kind.THANK_YOU_NOTE.value, Kind.CHECK_IN.value,
    Kind.KEEP_IN_TOUCH.value, Kind.REFERENCE_HEADS_UP.value, Kind.REFERENCE_THANKS.value,
    OUTCOME_LANDED, OUTCOME_NOT_LANDED, Kind.REFERENCE_GIFT.value, Kind.REJECTION_THANKS.value,
)



def _t(subject: str, body: str) -> Template:
    return Template(subject=subject, body=body.strip("\n"))


EN = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Thank you for our conversation about the {position} role",
        """
{greeting}

Thank you for taking the time to meet me on {interview_date} to talk about the {position} role at {company}.

I especially enjoyed our discussion of {highlight}.
What you told me about {surprise} gave me a new view of {company}.
I was glad to hear how much {resonated} matters to your team; it matters a great deal to me as well.
I hope you enjoy {personal_detail}!

Our conversation confirmed how much I would like to join {company}. If anything else would help, I would be happy to send it.

Kind regards,
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Thank you again for our conversation on {interview_date} about the {position} role.
I keep thinking about {highlight}.
I was glad to hear how much {resonated} matters at {company}.
I hope you enjoy {personal_detail}.

I would be delighted to join your team.

With warm regards,
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "The {position} role at {company}",
        """
{greeting}

I hope your week is going well.
I hope you enjoyed {personal_detail}.

Since we met on {interview_date}, I have kept thinking about the {position} role, and my interest in joining {company} is as strong as ever.
Our talk about {highlight} has stayed with me.

If there is anything more I can share to help with your decision, such as references or examples of my work, just let me know.

Kind regards,
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "A quick hello",
        """
{greeting}

I hope things are going well for you and your team at {company}.
I still think fondly of our conversation about {highlight}.

I remain very interested in {company}, and I would be glad to stay in touch. If a role opens that fits my background, I would love to hear about it.

In the meantime, I wish you a good season.

Kind regards,
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Would you be a reference for me?",
        """
{greeting}

I hope you are well.

I am applying for the {position} role at {company}, and I would be very grateful if you would agree to be one of my references. If the timing is not right, please just say so; I will understand completely.

If you agree, someone from {company} may call or write to you in the coming weeks. Here are a few points you are welcome to use or adapt:

- The role: {position} at {company}
- What the interviews focused on: {highlight}
- What draws me to the company: {resonated}
- A strength you have seen in my work, in your own words

Thank you for considering it. I will keep you posted.

Kind regards,
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Thank you for speaking with {company}",
        """
{greeting}

I have just heard that {company} contacted you about my application for the {position} role. Thank you so much for taking the time to speak with them.

I will let you know how it turns out as soon as I hear.

With many thanks,
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Good news about {company}",
        """
{greeting}

I have some good news to share: I have accepted the {position} role at {company}, and I wanted you to hear it from me first.

Your support made a real difference, and I am very grateful. If I can ever return the favour, please do not hesitate to ask.

Warm regards,
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "News about my application at {company}",
        """
{greeting}

I wanted you to hear it from me first: {company} has chosen another candidate for the {position} role.

Thank you again for vouching for me; it meant a lot. I am continuing my search with good energy, and I will keep you posted. If I can ever help you in return, please let me know.

Warm regards,
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Now that I have started as {position} at {company}, I wanted to thank you properly for your support along the way.

Please accept this small token of my gratitude.

With warm thanks,
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Thank you, and the {position} role",
        """
{greeting}

Thank you for letting me know about your decision, and for the time you and your colleagues gave me during the process.
I especially valued our conversation about {highlight}.

I enjoyed getting to know {company}, and I would be glad to stay in touch. If another role opens that fits my background, I would be happy to be considered.

I wish you and the team all the best.

Kind regards,
{signature}
"""),
}

FR = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Merci pour notre entretien – poste de {position}",
        """
{greeting}

Je vous remercie d'avoir pris le temps de me recevoir le {interview_date} pour échanger sur le poste de {position} chez {company}.

J'ai particulièrement apprécié notre discussion sur {highlight}.
Ce que vous m'avez appris sur {surprise} m'a fait découvrir {company} sous un jour nouveau.
J'ai retrouvé dans votre équipe une valeur qui compte beaucoup pour moi : {resonated}.
Je vous souhaite de bien profiter de {personal_detail} !

Cet échange a renforcé mon envie de rejoindre {company}. Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Je tenais à vous remercier encore pour notre entretien du {interview_date} au sujet du poste de {position}.
Notre échange sur {highlight} m'a beaucoup marqué.
Je me reconnais pleinement dans une valeur chère à votre équipe : {resonated}.
Je vous souhaite de bien profiter de {personal_detail}.

Ce serait une joie de rejoindre votre équipe chez {company}.

Avec mes remerciements renouvelés, je vous adresse mes sincères salutations.
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Poste de {position} chez {company}",
        """
{greeting}

J'espère que vous allez bien et que votre semaine se passe agréablement.
J'espère que vous avez pu profiter de {personal_detail}.

Depuis notre entretien du {interview_date}, je repense souvent au poste de {position}, et mon envie de rejoindre {company} reste entière.
Notre échange sur {highlight} m'a laissé un excellent souvenir.

Si je peux vous transmettre quoi que ce soit d'utile pour la suite, comme des références ou des exemples de travaux, n'hésitez pas à me le dire.

Bien cordialement,
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "Quelques nouvelles",
        """
{greeting}

J'espère que tout va bien pour vous et pour votre équipe chez {company}.
Je garde un très bon souvenir de notre échange sur {highlight}.

{company} m'intéresse toujours beaucoup et j'aimerais garder le contact. Si un poste correspondant à mon parcours venait à s'ouvrir, n'hésitez pas à me le faire savoir.

Je vous souhaite une très bonne continuation.

Bien cordialement,
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Accepteriez-vous d'être ma référence ?",
        """
{greeting}

J'espère que vous allez bien.

J'ai postulé au poste de {position} chez {company}, et j'aimerais beaucoup que vous acceptiez d'être l'une de mes références. Si le moment ne s'y prête pas, dites-le-moi simplement : je le comprendrai tout à fait.

Si vous acceptez, quelqu'un de chez {company} pourrait vous appeler ou vous écrire dans les semaines à venir. Voici quelques points que vous pouvez reprendre ou adapter librement :

- Le poste : {position} chez {company}
- Les thèmes abordés en entretien : {highlight}
- Ce qui m'attire dans l'entreprise : {resonated}
- Une qualité que vous avez observée dans mon travail, avec vos mots

Merci d'avance d'y réfléchir. Je vous tiendrai au courant.

Bien cordialement,
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Merci pour votre échange avec {company}",
        """
{greeting}

J'apprends à l'instant que vous avez échangé avec {company} au sujet de ma candidature au poste de {position}. Un grand merci d'avoir pris le temps de leur répondre.

Je vous tiendrai au courant de la suite dès que j'aurai des nouvelles.

Avec toute ma gratitude,
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Une bonne nouvelle : je rejoins {company}",
        """
{greeting}

J'ai une bonne nouvelle à vous annoncer : j'ai accepté le poste de {position} chez {company}, et je tenais à ce que vous l'appreniez de ma part en premier.

Votre soutien a compté, et je vous en remercie du fond du cœur. Si je peux un jour vous rendre la pareille, n'hésitez surtout pas.

Bien cordialement,
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Des nouvelles de ma candidature chez {company}",
        """
{greeting}

Je tenais à vous l'annoncer moi-même : {company} a retenu une autre candidature pour le poste de {position}.

Merci encore pour votre recommandation ; votre confiance compte beaucoup pour moi. Je poursuis mes recherches avec énergie et je vous tiendrai au courant. Si je peux un jour vous être utile à mon tour, n'hésitez pas.

Bien cordialement,
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Maintenant que j'ai pris mes fonctions de {position} chez {company}, je tenais à vous remercier comme il se doit pour votre soutien tout au long de mes recherches.

Je vous prie d'accepter ce petit présent en signe de ma reconnaissance.

Avec mes remerciements chaleureux,
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Merci pour votre retour – poste de {position}",
        """
{greeting}

Je vous remercie de m'avoir fait part de votre décision, ainsi que du temps que vous et vos collègues m'avez consacré.
J'ai particulièrement apprécié notre échange sur {highlight}.

J'ai eu plaisir à découvrir {company} et j'aimerais beaucoup garder le contact. Si un autre poste correspondant à mon profil venait à s'ouvrir, je postulerais avec plaisir.

Je vous souhaite, ainsi qu'à toute l'équipe, une excellente continuation.

Bien cordialement,
{signature}
"""),
}

IT = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Grazie per il colloquio – posizione di {position}",
        """
{greeting}

La ringrazio per il tempo che mi ha dedicato il {interview_date} per parlare della posizione di {position} presso {company}.

Mi è rimasto impresso in particolare un tema del nostro confronto: {highlight}.
Ho scoperto con piacere una cosa nuova su {company}: {surprise}.
Mi ha fatto piacere sapere quanto conti per il Suo team {resonated}, un valore importante anche per me.
Le auguro di godersi {personal_detail}!

Il colloquio ha rafforzato il mio desiderio di entrare a far parte di {company}. Resto a disposizione per qualsiasi ulteriore informazione.

Cordiali saluti,
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

desidero ringraziarLa ancora per il colloquio del {interview_date} per la posizione di {position}.
Ripenso spesso a un tema del nostro colloquio: {highlight}.
Condivido un valore a cui {company} tiene molto: {resonated}.
Le auguro di godersi {personal_detail}.

Sarebbe un piacere entrare a far parte del Suo team.

Con i migliori saluti,
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Posizione di {position} presso {company}",
        """
{greeting}

spero che questa settimana stia andando bene.
Spero che abbia potuto godersi {personal_detail}.

Dal nostro colloquio del {interview_date} ho continuato a pensare alla posizione di {position}, e il mio interesse per {company} è più vivo che mai.
Ripenso ancora con piacere a un tema del nostro colloquio: {highlight}.

Se posso fornirLe qualcosa di utile per le prossime fasi, come referenze o esempi del mio lavoro, non esiti a chiedermelo.

Cordiali saluti,
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "Un saluto",
        """
{greeting}

spero che tutto proceda bene per Lei e per il Suo team in {company}.
Ripenso ancora con piacere al nostro colloquio e a un tema in particolare: {highlight}.

{company} continua a interessarmi molto e mi farebbe piacere restare in contatto. Se dovesse aprirsi una posizione adatta al mio profilo, sarei felice di saperlo.

Nel frattempo Le auguro buon lavoro.

Cordiali saluti,
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Potrebbe farmi da referente?",
        """
{greeting}

spero che stia bene.

Ho inviato la mia candidatura per la posizione di {position} presso {company} e mi farebbe molto piacere se accettasse di essere una delle mie referenze. Se il momento non è adatto, me lo dica pure: lo capirò senz'altro.

Se accetta, qualcuno di {company} potrebbe contattarLa nelle prossime settimane. Ecco alcuni spunti che può usare o adattare liberamente:

- La posizione: {position} presso {company}
- I temi affrontati nei colloqui: {highlight}
- Che cosa mi attrae dell'azienda: {resonated}
- Un punto di forza che ha visto nel mio lavoro, con parole Sue

La ringrazio fin d'ora per la disponibilità. Le farò sapere come procede.

Cordiali saluti,
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Grazie per aver parlato con {company}",
        """
{greeting}

ho appena saputo che {company} ha preso contatto con Lei in merito alla mia candidatura per la posizione di {position}. La ringrazio di cuore per il tempo che ha dedicato loro.

Le farò sapere com'è andata non appena avrò notizie.

Con sincera gratitudine,
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Una bella notizia da {company}",
        """
{greeting}

ho una bella notizia da darLe: ho accettato la posizione di {position} presso {company}, e ci tenevo che lo sapesse prima da me.

Il Suo sostegno ha fatto davvero la differenza. Se un giorno potrò ricambiare, non esiti a chiedermelo.

Cordiali saluti,
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Aggiornamento sulla mia candidatura presso {company}",
        """
{greeting}

ci tenevo a dirLe di persona che {company} ha scelto un'altra candidatura per la posizione di {position}.

La ringrazio ancora per la fiducia che mi ha dimostrato. Continuo la mia ricerca con energia e Le farò sapere come procede. Se un giorno potrò esserLe utile, me lo faccia sapere.

Cordiali saluti,
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

ora che ho iniziato il mio nuovo lavoro come {position} presso {company}, desidero ringraziarLa come si deve per il sostegno che mi ha dato.

La prego di accettare questo piccolo pensiero come segno della mia riconoscenza.

Con un caro saluto,
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Grazie per il riscontro – posizione di {position}",
        """
{greeting}

La ringrazio per avermi comunicato la Sua decisione e per il tempo che Lei e i Suoi colleghi mi avete dedicato.
Del nostro colloquio ricordo con piacere soprattutto un tema: {highlight}.

È stato un piacere conoscere {company} e mi farebbe piacere restare in contatto. Se dovesse aprirsi un'altra posizione adatta al mio profilo, la prenderei volentieri in considerazione.

Auguro a Lei e a tutto il team buon lavoro.

Cordiali saluti,
{signature}
"""),
}

NB = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Takk for samtalen om stillingen som {position}",
        """
{greeting}

Takk for at du tok deg tid til å møte meg {interview_date} for å snakke om stillingen som {position} i {company}.

Jeg satte særlig pris på samtalen om {highlight}.
Det du fortalte om {surprise}, ga meg et nytt bilde av {company}.
Det var fint å høre hvor viktig {resonated} er for dere; det betyr mye for meg også.
Ha det fint med {personal_detail}!

Samtalen bekreftet at jeg har stor lyst til å bli en del av {company}. Si gjerne fra hvis det er noe mer du trenger fra meg.

Vennlig hilsen
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Tusen takk igjen for samtalen {interview_date} om stillingen som {position}.
Jeg tenker fortsatt på det vi snakket om: {highlight}.
Det var fint å høre hvor viktig {resonated} er i {company}.
Ha det fint med {personal_detail}.

Jeg ville satt stor pris på å bli en del av teamet ditt.

Hilsen
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Stillingen som {position} i {company}",
        """
{greeting}

Håper uka di har vært fin så langt.
Håper du fikk kost deg med {personal_detail}.

Siden vi møttes {interview_date}, har jeg tenkt mye på stillingen som {position}, og jeg har fortsatt stor lyst til å jobbe i {company}.
Samtalen om {highlight} har jeg tatt med meg videre.

Hvis det er noe mer jeg kan sende som kan være nyttig, for eksempel referanser eller eksempler på arbeid jeg har gjort, er det bare å si fra.

Vennlig hilsen
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "En liten hilsen",
        """
{greeting}

Håper alt står bra til med deg og teamet i {company}.
Jeg tenker fortsatt tilbake på samtalen vår om {highlight}.

Jeg er fortsatt svært interessert i {company}, og jeg vil gjerne holde kontakten. Hvis det dukker opp en stilling som passer bakgrunnen min, hører jeg gjerne om den.

Ha en fin tid fremover!

Vennlig hilsen
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Kan du være referanse for meg?",
        """
{greeting}

Håper alt er bra med deg!

Jeg har søkt på stillingen som {position} i {company}, og jeg ville satt stor pris på om du kunne tenke deg å være en av referansene mine. Hvis det ikke passer nå, er det bare å si fra; det forstår jeg godt.

Hvis du sier ja, kan noen fra {company} komme til å ringe eller skrive til deg i løpet av de neste ukene. Her er noen punkter du gjerne kan bruke eller tilpasse:

- Stillingen: {position} i {company}
- Dette handlet intervjuene om: {highlight}
- Dette trekker meg mot selskapet: {resonated}
- En styrke du har sett i arbeidet mitt, med dine egne ord

Takk for at du vurderer det. Jeg holder deg oppdatert.

Vennlig hilsen
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Takk for at du snakket med {company}",
        """
{greeting}

Jeg har akkurat fått vite at {company} har vært i kontakt med deg om søknaden min på stillingen som {position}. Tusen takk for at du tok deg tid til å snakke med dem!

Jeg gir deg beskjed så snart jeg vet hvordan det går.

Vennlig hilsen
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Gode nyheter fra {company}",
        """
{greeting}

Jeg har gode nyheter: Jeg har takket ja til stillingen som {position} i {company}, og jeg ville at du skulle høre det fra meg først.

Støtten din har betydd mye, og jeg er veldig takknemlig. Hvis jeg noen gang kan gjøre noe tilbake, er det bare å si fra.

Vennlig hilsen
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Nytt om søknaden min i {company}",
        """
{greeting}

Jeg ville at du skulle høre det fra meg først: {company} har valgt en annen kandidat til stillingen som {position}.

Takk igjen for at du stilte opp som referanse; det betyr mye for meg. Jeg fortsetter jobbsøkingen med godt mot og holder deg oppdatert. Hvis jeg kan hjelpe deg med noe en gang, er det bare å si fra.

Vennlig hilsen
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Nå som jeg har begynt som {position} i {company}, vil jeg gjerne takke deg ordentlig for all støtte underveis.

Håper du blir glad for denne lille oppmerksomheten.

Varm hilsen
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Takk for tilbakemeldingen om stillingen som {position}",
        """
{greeting}

Takk for at du ga meg beskjed om avgjørelsen, og for tiden du og kollegene dine brukte på meg i prosessen.
Jeg satte særlig pris på samtalen om {highlight}.

Det var fint å bli kjent med {company}, og jeg vil gjerne holde kontakten. Hvis det dukker opp en annen stilling som passer profilen min, tar jeg gjerne en ny prat.

Lykke til videre til deg og teamet!

Vennlig hilsen
{signature}
"""),
}

BUILTIN: dict[str, dict[str, Template]] = {"en": EN, "fr": FR, "it": IT, "nb": NB}


def builtin_template(template_id: str, language: str) -> Template:
    return BUILTIN[language][template_id]
