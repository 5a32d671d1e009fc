# ruff: noqa: E501  (note text: one paragraph per line, as it is sent)
"""The built-in note templates, written (not translated) for each language.

Each template follows docs/design.md §5 and shared/LANGUAGE-NOTES: French *vous*, Italian
*Lei*, Norwegian *du*; greetings and closings come from notes/address.py ({greeting},
{closing}); when the interview was is worded from the day of writing ({interview_when}:
"yesterday", "jeudi", "l'8 dicembre"); elision and contraction at each value are done by
notes/grammar.py, so a template says "poste de {position}" and the note reads "poste
d'ingénieure". No word agrees with the sender's gender: the phrasing needs none. They
follow R3 and R10: a friendly opener, the interview's personal points (each on its own
line, so that an empty point drops its sentence), renewed interest, never a reproach.
The personal detail is written to the person ("your trip to Lisbon", "votre voyage à
Lisbonne", "il Suo viaggio a Lisbona", "turen din til Lisboa").

These are note text, not interface text: they are not gettext messages.
"""

from __future__ import annotations

from jobfollowup.notes.templates import Template
from jobfollowup.rules.kinds import Kind

OUTCOME_LANDED = "reference-outcome-landed"
OUTCOME_NOT_LANDED = "reference-outcome-not-landed"
# A second or third check-in to the same person: the first one's question about their
# trip and its "since we met" are not asked twice.
CHECK_IN_AGAIN = "check-in-again"

# Every template a user may edit: one per kind, two for the outcome update and the check-in.
TEMPLATE_IDS: tuple[str, ...] = (
    Kind.THANK_YOU_EMAIL.value, Kind.THANK_YOU_NOTE.value, Kind.CHECK_IN.value, CHECK_IN_AGAIN,
    Kind.KEEP_IN_TOUCH.value, Kind.REFERENCE_HEADS_UP.value, Kind.REFERENCE_THANKS.value,
    OUTCOME_LANDED, OUTCOME_NOT_LANDED, Kind.REFERENCE_GIFT.value, Kind.REJECTION_THANKS.value,
)



def _t(subject: str, body: str) -> Template:
    return Template(subject=subject, body=body.strip("\n"))


# French typography, applied to the French templates as written below (an ordinary space
# there, the right one in the note): a narrow no-break space before ; ! ?, a no-break
# space before : and inside « ». The catalogs follow the same choice.
_FRENCH_SPACES = {" ;": "\u202f;", " !": "\u202f!", " ?": "\u202f?", " :": "\u00a0:",
                  "« ": "«\u00a0", " »": "\u00a0»"}


def _french(template: Template) -> Template:
    def spaced(text: str) -> str:
        for plain, typographic in _FRENCH_SPACES.items():
            text = text.replace(plain, typographic)
        return text
    return Template(spaced(template.subject), spaced(template.body))


EN = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Thank you for our conversation about the {position} role",
        """
{greeting}

Thank you for meeting me {interview_when} to talk about the {position} role at {company}.

I particularly enjoyed our discussion of {highlight}.
What you told me about {surprise} showed me a side of {company} I had not seen before.
It was good to hear how much your team values {resonated}, as it is something I care about a great deal too.
Enjoy {personal_detail}!

Our conversation confirmed how much I would like to join {company}. If there is anything else I can send you, I would be glad to do so.

{closing}
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Thank you again for meeting me {interview_when} to talk about the {position} role.
Our conversation about {highlight} has stayed with me.
It was good to hear how much {company} values {resonated}.
Enjoy {personal_detail}!

I would be delighted to join your team.

{closing}
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "The {position} role at {company}",
        """
{greeting}

I hope your week is going well.
How was {personal_detail}?

Since we met {interview_when}, I have given the {position} role a lot of thought, and I would still very much like to join {company}.
Our talk about {highlight} has stayed with me.

If anything would help at this stage, such as references or examples of my work, I will gladly send it.

{closing}
{signature}
"""),
    CHECK_IN_AGAIN: _t(
        "The {position} role at {company}",
        """
{greeting}

I hope you are well. I wanted to follow up on my earlier message about the {position} role: I remain very interested in joining {company}.

If it would help with your decision, I will gladly send references, examples of my work or anything else you need.

{closing}
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "Staying in touch",
        """
{greeting}

I hope all is well with you and the team at {company}.
I often think back to our conversation about {highlight}.

I remain very interested in {company} and would be glad to stay in touch. If a role that suits my background comes up, I would love to hear about it.

{closing}
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Would you be a reference for me?",
        """
{greeting}

I hope you are well.

I have applied for the {position} role at {company}, and I would be very grateful if you would agree to be one of my references. If now is not a good time, please just say so; I will completely understand.

If you agree, someone from {company} may call or email you in the coming weeks. Here are a few points you are welcome to use or adapt:

- The role: {position} at {company}
- What the interviews focused on: {highlight}
- What draws me to the company: {resonated}
- A strength you have seen in my work, in your own words

Thank you for considering it. I will keep you posted.

{closing}
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Thank you for speaking with {company}",
        """
{greeting}

I have just heard that {company} contacted you about my application for the {position} role. Thank you very much for taking the time to speak with them.

I will let you know how it turns out as soon as I hear.

{closing}
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Good news from {company}",
        """
{greeting}

I have some good news: I have accepted the {position} role at {company}, and I wanted you to hear it from me first.

Thank you so much for your support. It made a real difference, and if I can ever return the favour, please just ask.

{closing}
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "An update on my application to {company}",
        """
{greeting}

I wanted you to hear it from me first: {company} has offered the {position} role to another candidate.

Thank you again for vouching for me. It meant a great deal. I am continuing my search and will keep you posted, and if I can ever help you in return, please let me know.

{closing}
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Now that I have started my new role as {position} at {company}, I wanted to thank you properly for your support throughout my search.

Please accept this small gift as a token of my gratitude.

{closing}
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Thank you – the {position} role",
        """
{greeting}

Thank you for letting me know your decision, and for the time you and your colleagues gave me during the process.
I particularly valued our conversation about {highlight}.

I enjoyed getting to know {company} and would be glad to stay in touch. If another role that suits my background comes up, I would be very interested.

I wish you and the team all the best.

{closing}
{signature}
"""),
}

FR = {template_id: _french(template) for template_id, template in {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Merci pour notre entretien – poste de {position}",
        """
{greeting}

Je vous remercie pour notre entretien de {interview_when} au sujet du poste de {position} chez {company}, ainsi que pour le temps que vous m'avez consacré.

J'ai particulièrement apprécié notre échange sur {highlight}.
Ce que vous m'avez dit de {surprise} m'a fait découvrir {company} sous un jour nouveau.
Je partage pleinement l'attachement de votre équipe à {resonated}.
Je vous souhaite de bien profiter de {personal_detail} !

Notre rencontre a renforcé mon envie de rejoindre {company}. Je reste à votre disposition pour tout complément d'information.

{closing}
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Je tiens à vous remercier de nouveau pour notre entretien de {interview_when} au sujet du poste de {position}.
Notre échange sur {highlight} me reste en mémoire.
J'ai été sensible à l'importance que {company} accorde à {resonated}.
Je vous souhaite de bien profiter de {personal_detail}.

Ce serait un réel plaisir de rejoindre votre équipe.

{closing}
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Ma candidature au poste de {position} chez {company}",
        """
{greeting}

J'espère que vous passez une bonne semaine.
Avez-vous pu profiter de {personal_detail} ?

Depuis notre entretien de {interview_when}, je repense souvent au poste de {position}, et mon envie de rejoindre {company} reste entière.
Notre échange sur {highlight} m'a laissé un excellent souvenir.

Si je peux vous transmettre quoi que ce soit d'utile pour la suite, comme des références ou des exemples de réalisations, n'hésitez pas à me le dire.

{closing}
{signature}
"""),
    CHECK_IN_AGAIN: _t(
        "Ma candidature au poste de {position} chez {company}",
        """
{greeting}

J'espère que vous allez bien. Je me permets de revenir vers vous au sujet du poste de {position} : mon intérêt pour {company} reste entier.

Si cela peut vous être utile pour votre décision, je vous transmettrai volontiers des références, des exemples de réalisations ou tout autre élément.

{closing}
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "Prendre de vos nouvelles",
        """
{greeting}

J'espère que tout va bien pour vous et pour votre équipe chez {company}.
Je garde un très bon souvenir de notre échange sur {highlight}.

{company} m'intéresse toujours vivement, et j'aimerais rester en contact. Si un poste correspondant à mon parcours venait à s'ouvrir, n'hésitez pas à me le faire savoir.

Au plaisir d'échanger de nouveau avec vous.

{closing}
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Accepteriez-vous d'être l'une de mes références ?",
        """
{greeting}

J'espère que vous allez bien.

J'ai postulé au poste de {position} chez {company}, et j'aimerais beaucoup que vous acceptiez d'être l'une de mes références. Si le moment ne s'y prête pas, dites-le-moi simplement : je le comprendrai tout à fait.

Si vous acceptez, quelqu'un de chez {company} pourrait vous appeler ou vous écrire dans les semaines à venir. Voici quelques points que vous pouvez reprendre ou adapter librement :

- Le poste : {position} chez {company}
- Les sujets abordés en entretien : {highlight}
- Ce qui m'attire dans l'entreprise : {resonated}
- Une qualité que vous avez observée dans mon travail, avec vos propres mots

Merci d'avance d'y réfléchir. Je vous tiendrai au courant.

{closing}
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Merci pour votre échange avec {company}",
        """
{greeting}

J'apprends à l'instant que vous avez échangé avec {company} au sujet de ma candidature au poste de {position}. Un grand merci d'avoir pris le temps de répondre à leurs questions.

Je vous tiendrai au courant dès que j'aurai des nouvelles.

{closing}
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Une bonne nouvelle : je rejoins {company}",
        """
{greeting}

J'ai une bonne nouvelle à vous annoncer : j'ai accepté le poste de {position} chez {company}, et je tenais à ce que vous l'appreniez par moi en premier.

Votre soutien a beaucoup compté, et je vous en remercie du fond du cœur. Si je peux un jour vous rendre la pareille, ce sera avec plaisir.

{closing}
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Des nouvelles de ma candidature auprès de {company}",
        """
{greeting}

Je tenais à vous l'annoncer moi-même : {company} a retenu une autre candidature pour le poste de {position}.

Merci encore pour votre recommandation : votre confiance compte beaucoup pour moi. Je poursuis mes recherches et vous tiendrai au courant. Si je peux un jour vous être utile à mon tour, ce sera avec plaisir.

{closing}
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Maintenant que j'ai pris mes fonctions de {position} chez {company}, je tenais à vous remercier comme il se doit pour votre soutien tout au long de mes recherches.

Ce petit présent se veut le témoignage de ma reconnaissance.

{closing}
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Merci pour votre retour – poste de {position}",
        """
{greeting}

Je vous remercie de m'avoir fait part de votre décision, ainsi que du temps que vous et vos collègues m'avez consacré.
J'ai particulièrement apprécié notre échange sur {highlight}.

J'ai eu plaisir à découvrir {company} et j'aimerais beaucoup garder le contact. Si un autre poste correspondant à mon profil se présentait, j'y postulerais volontiers.

Je vous souhaite, ainsi qu'à toute l'équipe, une excellente continuation.

{closing}
{signature}
"""),
}.items()}

IT = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Grazie per il colloquio – posizione di {position}",
        """
{greeting}

La ringrazio per il colloquio di {interview_when} relativo alla posizione di {position} presso {company} e per il tempo che mi ha dedicato.

Ho apprezzato in particolare il nostro scambio su {highlight}.
Ho scoperto con interesse {surprise}, un aspetto di {company} che non conoscevo.
Mi ha fatto piacere sentire quanto conti per il Suo team {resonated}: è un valore importante anche per me.
Le auguro di godersi {personal_detail}!

Il nostro incontro ha rafforzato il mio desiderio di entrare a far parte di {company}. Resto a Sua disposizione per qualsiasi ulteriore informazione.

{closing}
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Desidero ringraziarLa ancora per il colloquio di {interview_when} relativo alla posizione di {position}.
Ripenso spesso al nostro scambio su {highlight}.
Condivido pienamente l'importanza che {company} attribuisce a {resonated}.
Le auguro di godersi {personal_detail}.

Sarebbe un piacere entrare a far parte del Suo team.

{closing}
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Candidatura per la posizione di {position} presso {company}",
        """
{greeting}

Spero che stia bene.
Ha potuto godersi {personal_detail}?

Dal nostro colloquio di {interview_when} ho continuato a pensare alla posizione di {position}, e il mio interesse per {company} è più vivo che mai.
Ripenso ancora con piacere al nostro scambio su {highlight}.

Se posso fornirLe qualcosa di utile per le prossime fasi, come referenze o esempi del mio lavoro, non esiti a chiedermelo.

{closing}
{signature}
"""),
    CHECK_IN_AGAIN: _t(
        "Candidatura per la posizione di {position} presso {company}",
        """
{greeting}

Spero che stia bene. Mi permetto di ricontattarLa in merito alla posizione di {position}: il mio interesse per {company} resta immutato.

Se può esserLe utile per la decisione, Le invierò volentieri referenze, esempi del mio lavoro o qualsiasi altra informazione.

{closing}
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "Un saluto",
        """
{greeting}

Spero che tutto proceda bene per Lei e per il Suo team.
Ripenso ancora con piacere al nostro scambio su {highlight}.

{company} continua a interessarmi molto e mi farebbe piacere restare in contatto. Se dovesse aprirsi una posizione adatta al mio profilo, sarei felice di saperlo.

Nel frattempo Le auguro buon lavoro.

{closing}
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Potrebbe farmi da referente?",
        """
{greeting}

Spero che stia bene.

Ho inviato la mia candidatura per la posizione di {position} presso {company} e Le sarei molto riconoscente se accettasse di farmi da referente. Se il momento non è adatto, me lo dica pure: lo capirò senz'altro.

Se accetta, qualcuno di {company} potrebbe contattarLa nelle prossime settimane. Ecco alcuni spunti che può usare o adattare liberamente:

- La posizione: {position} presso {company}
- I temi affrontati nei colloqui: {highlight}
- Che cosa mi attrae dell'azienda: {resonated}
- Un punto di forza che ha notato nel mio lavoro, con parole Sue

La ringrazio fin d'ora per la disponibilità. Le farò sapere come procede.

{closing}
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Grazie per aver parlato con {company}",
        """
{greeting}

Ho appena saputo che {company} ha preso contatto con Lei in merito alla mia candidatura per la posizione di {position}. La ringrazio di cuore per il tempo che ha dedicato loro.

Le farò sapere com'è andata non appena avrò notizie.

{closing}
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Una bella notizia da {company}",
        """
{greeting}

Ho una bella notizia da darLe: ho accettato la posizione di {position} presso {company}, e ci tenevo che lo sapesse direttamente da me.

La ringrazio di cuore per il Suo sostegno, che ha fatto davvero la differenza. Se un giorno potrò ricambiare, sarà un piacere.

{closing}
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Aggiornamento sulla mia candidatura presso {company}",
        """
{greeting}

Ci tenevo a comunicarLe direttamente che {company} ha scelto un altro candidato per la posizione di {position}.

La ringrazio ancora per la fiducia che mi ha dimostrato. Continuo a cercare e Le farò sapere come procede. Se un giorno potrò esserLe utile, sarà un piacere.

{closing}
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Ora che ho iniziato il mio nuovo incarico come {position} presso {company}, desidero ringraziarLa di cuore per il sostegno che mi ha dato durante la mia ricerca di lavoro.

La prego di accettare questo piccolo pensiero come segno della mia riconoscenza.

{closing}
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Grazie per il riscontro – posizione di {position}",
        """
{greeting}

La ringrazio per avermi comunicato la Sua decisione e per il tempo che Lei e i Suoi colleghi mi avete dedicato.
Ho apprezzato in particolare il nostro scambio su {highlight}.

È stato un piacere conoscere {company} e spero di poter restare in contatto. Se dovesse aprirsi un'altra posizione adatta al mio profilo, mi candiderei volentieri.

Auguro a Lei e a tutto il team buon lavoro.

{closing}
{signature}
"""),
}

NB = {
    Kind.THANK_YOU_EMAIL.value: _t(
        "Takk for samtalen om stillingen som {position}",
        """
{greeting}

Takk for at du tok deg tid til å møte meg {interview_when} for å snakke om stillingen som {position} i {company}.

Jeg satte særlig pris på samtalen om {highlight}.
Det du fortalte om {surprise}, ga meg et nytt bilde av {company}.
Det var fint å høre at dere legger så stor vekt på {resonated}. Det er viktig for meg også.
Kos deg med {personal_detail}!

Samtalen bekreftet at jeg har stor lyst til å jobbe i {company}. Si gjerne fra hvis det er noe mer du trenger fra meg.

{closing}
{signature}
"""),
    Kind.THANK_YOU_NOTE.value: _t(
        "",
        """
{greeting}

Tusen takk igjen for samtalen {interview_when} om stillingen som {position}.
Samtalen om {highlight} har jeg tenkt mye på etterpå.
Det var fint å høre at {company} legger så stor vekt på {resonated}.
Kos deg med {personal_detail}!

Jeg vil gjerne bli en del av teamet deres.

{closing}
{signature}
"""),
    Kind.CHECK_IN.value: _t(
        "Stillingen som {position} i {company}",
        """
{greeting}

Jeg håper alt er bra med deg.
Hvordan var {personal_detail}?

Siden vi møttes {interview_when}, har jeg tenkt mye på stillingen som {position}, og jeg har fortsatt stor lyst til å jobbe i {company}.
Samtalen om {highlight} har jeg tatt med meg videre.

Hvis det er noe mer jeg kan sende som kan være nyttig, for eksempel referanser eller eksempler på arbeid jeg har gjort, er det bare å si fra.

{closing}
{signature}
"""),
    CHECK_IN_AGAIN: _t(
        "Stillingen som {position} i {company}",
        """
{greeting}

Jeg håper alt er bra med deg. Jeg tar kontakt igjen om stillingen som {position}, for jeg er fortsatt veldig interessert i å jobbe i {company}.

Hvis det kan være nyttig for avgjørelsen, sender jeg gjerne referanser, eksempler på arbeid jeg har gjort, eller annet du trenger.

{closing}
{signature}
"""),
    Kind.KEEP_IN_TOUCH.value: _t(
        "En liten hilsen",
        """
{greeting}

Jeg håper alt står bra til med deg og teamet i {company}.
Jeg tenker ofte tilbake på samtalen vår om {highlight}.

Jeg er fortsatt svært interessert i {company}, og jeg vil gjerne holde kontakten. Hvis det dukker opp en stilling som passer bakgrunnen min, hører jeg gjerne om den.

{closing}
{signature}
"""),
    Kind.REFERENCE_HEADS_UP.value: _t(
        "Kan du være referanse for meg?",
        """
{greeting}

Håper alt er bra med deg!

Jeg har søkt på stillingen som {position} i {company}, og jeg ville satt stor pris på om du kunne tenke deg å være en av referansene mine. Hvis det ikke passer nå, er det bare å si fra. Det forstår jeg godt.

Hvis du sier ja, kan noen fra {company} komme til å ringe eller sende deg en e-post i løpet av de neste ukene. Her er noen punkter du gjerne kan bruke eller tilpasse:

- Stillingen: {position} i {company}
- Dette handlet intervjuene om: {highlight}
- Dette trekker meg mot bedriften: {resonated}
- En styrke du har sett i arbeidet mitt, med dine egne ord

Takk for at du vurderer det. Jeg holder deg oppdatert.

{closing}
{signature}
"""),
    Kind.REFERENCE_THANKS.value: _t(
        "Takk for at du snakket med {company}",
        """
{greeting}

Jeg har akkurat fått vite at {company} har vært i kontakt med deg om søknaden min til stillingen som {position}. Tusen takk for at du tok deg tid til å snakke med dem!

Jeg gir deg beskjed så snart jeg vet hvordan det går.

{closing}
{signature}
"""),
    OUTCOME_LANDED: _t(
        "Gode nyheter fra {company}",
        """
{greeting}

Jeg har gode nyheter: Jeg har takket ja til stillingen som {position} i {company}, og jeg ville at du skulle høre det fra meg først.

Tusen takk for støtten din. Den har betydd mye, og hvis jeg noen gang kan gjengjelde tjenesten, er det bare å si fra.

{closing}
{signature}
"""),
    OUTCOME_NOT_LANDED: _t(
        "Nytt om søknaden min til {company}",
        """
{greeting}

Jeg ville at du skulle høre det fra meg først: {company} har valgt en annen kandidat til stillingen som {position}.

Takk igjen for at du stilte opp som referanse. Det har betydd mye for meg. Jeg fortsetter jobbsøkingen og holder deg oppdatert. Hvis jeg noen gang kan hjelpe deg med noe, er det bare å si fra.

{closing}
{signature}
"""),
    Kind.REFERENCE_GIFT.value: _t(
        "",
        """
{greeting}

Nå som jeg har begynt som {position} i {company}, vil jeg gjerne takke deg ordentlig for all støtten underveis.

Jeg håper du blir glad for denne lille oppmerksomheten.

{closing}
{signature}
"""),
    Kind.REJECTION_THANKS.value: _t(
        "Takk for tilbakemeldingen om stillingen som {position}",
        """
{greeting}

Takk for at du ga meg beskjed om avgjørelsen, og for tiden du og kollegene dine har brukt på meg i prosessen.
Jeg satte særlig pris på samtalen om {highlight}.

Det var fint å bli kjent med {company}, og jeg vil gjerne holde kontakten. Hvis det dukker opp en annen stilling som passer profilen min, søker jeg gjerne igjen.

Lykke til videre til deg og teamet!

{closing}
{signature}
"""),
}

BUILTIN: dict[str, dict[str, Template]] = {"en": EN, "fr": FR, "it": IT, "nb": NB}


def builtin_template(template_id: str, language: str) -> Template:
    return BUILTIN[language][template_id]
