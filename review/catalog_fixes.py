# ruff: noqa: E501  (review helper: text tables and report lines, one per line)
"""Review helper: the catalog corrections of the native review, written once per language
with ordinary spaces; French typography is applied here (U+202F before ; ? !, U+00A0
before : and inside « »), then review/catalog-fixes.json is written for /work/tools/fill.py.
Plural entries are lists [singular, plural].
"""

import json
import re
from pathlib import Path

FR = {
    "&Export handwritten notes to PDF…": "&Exporter les cartes manuscrites en PDF…",
    "&Print handwritten notes…": "&Imprimer les cartes manuscrites…",
    "&Print the selected notes…": "&Imprimer les cartes sélectionnées…",
    "&Note:": "&Message :",
    "A friendly note some months later keeps you in their file of candidates who impressed them.":
        "Un message aimable quelques mois plus tard vous garde dans leur vivier de candidats qui les ont marqués.",
    "Asked": "Demande faite",
    "Heads-up sent": "Avis envoyé",
    "Employer contacted them": "Appel de l'employeur",
    "Thanked": "Remerciement envoyé",
    "Told the outcome": "Résultat annoncé",
    "By {channel}, the channel they prefer.": "Par {channel}, le canal que cette personne préfère.",
    "Choose what their answer was.": "Indiquez quelle a été la réponse.",
    "Days to a reply": "Délai de réponse",
    "Discard": "Ne pas enregistrer",
    "Due today: {n} follow-up": ["À envoyer aujourd'hui : {n} suivi", "À envoyer aujourd'hui : {n} suivis"],
    "Every application with its dates, interviews and the follow-ups you sent: the record a job centre may ask for.":
        "Chaque candidature avec ses dates, ses entretiens et les suivis envoyés : le relevé que votre agence pour l'emploi peut vous demander.",
    "Export follow-ups to a calendar": "Exporter les suivis vers un agenda",
    "Fill the app with made-up applications, people and follow-ups to explore it":
        "Remplir l'application de candidatures, de personnes et de suivis fictifs pour la découvrir",
    "Follow-ups": "Suivis",
    "Follow-ups planned": "Suivis planifiés",
    "Follow-ups to a &calendar (.ics)…": "Suivis vers un &agenda (.ics)…",
    "Handwritten notes": "Cartes manuscrites",
    "Job Follow-up {version}\n\nPlans, drafts and tracks every follow-up of your job search, and explains every date it proposes.":
        "Job Follow-up {version}\n\nPlanifie, rédige et garde la trace de chaque suivi de votre recherche d'emploi, et explique chaque date qu'il propose.",
    "Job follow-ups": "Suivis de recherche d'emploi",
    "Leave this follow-up out (you can undo it)": "Laisser ce suivi de côté (vous pourrez annuler)",
    "Load &sample job search…": "Charger l'exe&mple de recherche d'emploi…",
    "Load the sample job search": "Charger l'exemple de recherche d'emploi",
    "Load the sample job search?": "Charger l'exemple de recherche d'emploi ?",
    "Job Follow-up plans the thank-yous, check-ins and reference updates of your job search, drafts each one in the right language, and tells you why each day was chosen.\n\nTo see how it works, try it with a sample job search: fifteen applications and forty people, as they would stand today. Or start right away with your own.":
        "Job Follow-up planifie les remerciements, les relances et les messages à vos références pendant votre recherche d'emploi, rédige chacun d'eux dans la bonne langue et vous explique le choix de chaque date.\n\nPour voir comment il fonctionne, essayez-le avec un exemple de recherche d'emploi : quinze candidatures et quarante personnes, telles qu'elles se présenteraient aujourd'hui. Ou commencez tout de suite votre propre recherche.",
    "Next follow-up": "Prochain suivi",
    "No applications yet. Each job you apply for gets its interviews, references and follow-ups here.\n\nAdd the first one with New application (Ctrl+Shift+N).":
        "Aucune candidature pour l'instant. Chaque poste auquel vous postulez aura ici ses entretiens, ses références et ses suivis.\n\nAjoutez la première avec Nouvelle candidature (Ctrl+Maj+N).",
    "No handwritten note to mail in these days.": "Aucune carte manuscrite à poster pendant ces jours.",
    "No personal point of the interview is recorded. A thank-you reads warmer with one: a highlight, a surprise, or something that resonated with you.":
        "Aucun point personnel de l'entretien n'est noté. Un remerciement est plus chaleureux avec l'un d'eux : un moment fort, une surprise ou quelque chose qui vous a parlé.",
    "None of the selected follow-ups is a handwritten note or a letter.":
        "Aucun des suivis sélectionnés n'est une carte manuscrite ni une lettre.",
    "Note &templates…": "&Modèles de messages…",
    "Note templates": "Modèles de messages",
    "Notes are written in each contact's own note language, whatever the interface speaks.":
        "Les messages sont rédigés dans la langue de chaque contact, quelle que soit celle de l'interface.",
    "Notes to mail from:": "Cartes à poster du :",
    "Notes to print": "Cartes à imprimer",
    "Notes:": "Cartes :",
    "On first-name terms": "Appel par le prénom",
    "One page to pin next to your desk: every follow-up of the coming seven days, who, how, by when and why, with a box to tick.":
        "Une page à afficher près de votre bureau : chaque suivi des sept prochains jours, à qui, comment, pour quand et pourquoi, avec une case à cocher.",
    "One page with the follow-ups of the coming week": "Une page avec les suivis de la semaine à venir",
    "Placeholders (double-click to insert). A line whose placeholder has nothing to say is left out of the note.":
        "Champs (double-cliquez pour insérer). Une ligne dont le champ est vide est retirée du message.",
    "Plan, write and track every follow-up of a job search":
        "Planifiez, rédigez et gardez la trace de chaque suivi d'une recherche d'emploi",
    "Plan, write and track the follow-ups of your job search":
        "Planifiez, rédigez et gardez la trace des suivis de votre recherche d'emploi",
    "Planned follow-ups": "Suivis planifiés",
    "Plans, drafts and tracks the follow-ups of a job search. Without a command: the app.":
        "Planifie, rédige et garde la trace des suivis d'une recherche d'emploi. Sans commande : l'application.",
    "Print every handwritten note to mail in the coming days, one card per page":
        "Imprimer chaque carte manuscrite à poster dans les prochains jours, une carte par page",
    "Print handwritten notes": "Imprimer les cartes manuscrites",
    "Print the handwritten notes among the selected follow-ups, one card per page":
        "Imprimer les cartes manuscrites parmi les suivis sélectionnés, une carte par page",
    "Print the note": "Imprimer la carte",
    "Print this note on a card to copy by hand, with its envelope; or save it as a PDF":
        "Imprimer ce message sur une carte à recopier à la main, avec son enveloppe, ou l'enregistrer en PDF",
    "Re&vert": "Annu&ler les modifications",
    "Read every page of your data file to find damage":
        "Lire chaque page de votre fichier de données pour y détecter d'éventuels dommages",
    "Sample job search loaded: {count} follow-up planned.":
        ["Exemple de recherche d'emploi chargé : {count} suivi planifié.",
         "Exemple de recherche d'emploi chargé : {count} suivis planifiés."],
    "Sample job search written to {path}: {applications} applications, {contacts} contacts.":
        "Exemple de recherche d'emploi enregistré dans {path} : {applications} candidatures, {contacts} contacts.",
    "Text of the note": "Texte du message",
    "The draft is empty: write the note first.": "Le brouillon est vide : rédigez d'abord le message.",
    "The greeting does not use the name as {name} writes it.":
        "La formule d'appel n'orthographie pas le nom comme {name} l'écrit.",
    "The language notes to them are written in.": "La langue des messages qui lui sont adressés.",
    "The rules planned {n} follow-up. Select one to see why that day.":
        ["Les règles ont planifié {n} suivi. Sélectionnez-le pour savoir pourquoi ce jour-là.",
         "Les règles ont planifié {n} suivis. Sélectionnez-en un pour savoir pourquoi ce jour-là."],
    "The sample adds fifteen made-up applications and forty people, with their interviews, references and follow-ups, as they would stand today.\n\nIt is meant for trying the app: to start your own search afterwards, use a new data folder or delete the sample's applications and contacts.":
        "L'exemple ajoute quinze candidatures et quarante personnes fictives, avec leurs entretiens, leurs références et leurs suivis, tels qu'ils se présenteraient aujourd'hui.\n\nIl sert à essayer l'application : pour commencer ensuite votre propre recherche, utilisez un nouveau dossier de données ou supprimez les candidatures et les contacts de l'exemple.",
    "There is no handwritten note to print.": "Il n'y a aucune carte manuscrite à imprimer.",
    "Try it with a sample job search": "Essayer avec un exemple de recherche d'emploi",
    "While the app is empty, File → Load sample job search… brings the sample back.":
        "Tant que l'application est vide, vous pouvez charger l'exemple plus tard avec Fichier → Charger l'exemple de recherche d'emploi…",
    "a highlight of the conversation": "un moment fort de l'échange",
    "accepted": "offre acceptée",
    "declined": "offre déclinée",
    "fill an empty database with a sample job search":
        "remplir une base vide avec un exemple de recherche d'emploi",
    "note language": "langue des messages",
    "print a follow-up's handwritten note to a PDF file":
        "imprimer la carte manuscrite d'un suivi dans un fichier PDF",
    "print every handwritten note due in a range to a PDF file, one card per page in mailing order":
        "imprimer dans un fichier PDF chaque carte manuscrite prévue sur une période, une carte par page dans l'ordre d'envoi",
    "print the note a follow-up would send": "afficher le message qu'un suivi enverrait",
    "the interview's date, written in the note's language":
        "la date de l'entretien, écrite dans la langue du message",
    "write the planned follow-ups to an iCalendar (.ics) file":
        "écrire les suivis prévus dans un fichier iCalendar (.ics)",
    "{count} follow-up": ["{count} suivi", "{count} suivis"],
    "{n} follow-up": ["{n} suivi", "{n} suivis"],
    "{n} note printed.": ["{n} carte imprimée.", "{n} cartes imprimées."],
    "{n} note template": ["{n} modèle de message", "{n} modèles de messages"],
    "“{value}” is not a kind of note.": "« {value} » n'est pas un type de message.",
    "“{value}” is not a language notes are written in.":
        "« {value} » n'est pas une langue de rédaction des messages.",
    "“{phrase}” can read as a reproach. Open warmly and restate your interest instead.":
        "« {phrase} » peut sonner comme un reproche. Ouvrez plutôt avec chaleur et redites votre intérêt.",
    "e.g. Alex Martin": "p. ex. Camille Martin",
    "e.g. Data Engineer": "p. ex. Ingénieure données",
    "e.g. Equinor": "p. ex. Airbus",
    "“{value}” is not a valid date and time for {field}: use YYYY-MM-DDTHH:MM, e.g. 2026-12-17T14:00.":
        "« {value} » n'est pas une date et heure valide pour {field} : utilisez AAAA-MM-JJTHH:MM, p. ex. 2026-12-17T14:00.",
    "“{value}” is not a valid date for {field}: use YYYY-MM-DD, e.g. 2026-12-17.":
        "« {value} » n'est pas une date valide pour {field} : utilisez AAAA-MM-JJ, p. ex. 2026-12-17.",
    "e.g. the data platform migration": "p. ex. la migration de la plateforme de données",
    "e.g. how much you share with open source": "p. ex. votre engagement dans l'open source",
    "e.g. a safety-first culture": "p. ex. la culture de la sécurité",
    "Later check-in": "Relance suivante",
    "The day they said they will decide by: the check-ins wait until after it (R5) instead of stopping":
        "Le jour annoncé pour leur décision : les relances attendent qu'il soit passé (R5) au lieu de s'arrêter",
}

IT = {
    "Add a job you applied for (Ctrl+Shift+N)": "Aggiunge una candidatura inviata (Ctrl+Maiusc+N)",
    "Add a person to your search (Ctrl+N)": "Aggiunge una persona alla Sua ricerca (Ctrl+N)",
    "Add someone who is not in your contacts yet as a reference":
        "Aggiunge come referente una persona che non è ancora tra i Suoi contatti",
    "Add someone you met who is not in your contacts yet":
        "Aggiunge una persona incontrata che non è ancora tra i Suoi contatti",
    "Begin with an empty search: add an application or a contact":
        "Parte da una ricerca vuota, in cui aggiungere una candidatura o un contatto",
    "Correct the interview's day, format or interviewers: the follow-ups still planned move with it":
        "Corregge la data, il formato o i selezionatori del colloquio: i follow-up ancora previsti si spostano di conseguenza",
    "Delete an interview logged by mistake, with the follow-ups still planned for it (you can undo it)":
        "Elimina un colloquio registrato per errore, con i follow-up ancora previsti (potrà annullare)",
    "Fill the app with made-up applications, people and follow-ups to explore it":
        "Riempie l'applicazione con candidature, persone e follow-up inventati per esplorarla",
    "Fill the empty app with a made-up job search to try it out":
        "Riempie l'applicazione vuota con una ricerca di lavoro inventata per provarla",
    "Go back to one of your backups": "Torna a uno dei Suoi backup",
    "Leave this follow-up out (you can undo it)": "Tralascia questo follow-up (potrà annullare)",
    "Move it to a later day; the rules check the day as for a drag":
        "Lo sposta a un giorno successivo; le regole controllano il giorno come per un trascinamento",
    "Print or save the record of your applications": "Stampa o salva il resoconto delle Sue candidature",
    "Print this note on a card to copy by hand, with its envelope; or save it as a PDF":
        "Stampa questo biglietto da ricopiare a mano, con la sua busta, oppure lo salva in PDF",
    "Read every page of your data file to find damage":
        "Legge ogni pagina del file dei dati per individuare eventuali danni",
    "Record an exchange with the selected contact (Ctrl+L)":
        "Registra uno scambio con il contatto selezionato (Ctrl+L)",
    "See every follow-up due, with its draft (Ctrl+1)":
        "Mostra tutti i follow-up da fare, ciascuno con la sua bozza (Ctrl+1)",
    "See every page exactly as it will print": "Mostra ogni pagina esattamente come verrà stampata",
    "The highlight, surprise, what resonated and the personal detail your thank-yous mention":
        "Il momento saliente, la sorpresa, ciò che rispecchia i Suoi valori e il dettaglio personale citati nei ringraziamenti",
    "What &resonated:": "In linea con i Suoi &valori:",
    "What &surprised you:": "Cosa non si &aspettava:",
    "What resonated": "In linea con i Suoi valori",
    "What surprised you": "Cosa non si aspettava",
    "what resonated": "ciò che rispecchia i Suoi valori",
    "Employer contacted them": "Chiamata del datore di lavoro",
    "Thanked": "Ringraziamento inviato",
    "Told the outcome": "Esito comunicato",
    "Thanked after the employer called them": "Ringraziamenti dopo la chiamata del datore di lavoro",
    "accepted": "offerta accettata",
    "declined": "offerta rifiutata",
    "Cannot set the app to start at login: {problem}":
        "Impossibile impostare l'avvio automatico dell'app all'accesso: {problem}",
    "Days to a reply": "Tempo di risposta",
    "Discard": "Non salvare",
    "Every application with its dates, interviews and the follow-ups you sent: the record a job centre may ask for.":
        "Ogni candidatura con le sue date, i colloqui e i follow-up inviati: il resoconto che il centro per l'impiego può chiederLe.",
    "How a note greets them: Ms, Dr, Madame, Dott.ssa… or nothing.":
        "Il titolo con cui il messaggio si rivolge alla persona: Ms, Dr, Madame, Dott.ssa… o nessuno.",
    "It knows the rules recruiters and career coaches teach, such as thanking by email within 24 hours, at most three check-ins in two weeks, and never next to a public holiday in the recipient's country, and it explains every date it proposes.":
        "Conosce le regole insegnate da recruiter e career coach, come ringraziare via e-mail entro 24 ore, non più di tre richieste di aggiornamento in due settimane e mai a ridosso di un giorno festivo nel paese del destinatario, e spiega ogni data che propone.",
    "Keep {date} anyway": "Mantieni comunque {date}",
    "Not yet: they answered, no decision": "Non ancora: hanno risposto, ma senza decisione",
    "&Note:": "&Messaggio:",
    "Note &language:": "&Lingua dei messaggi:",
    "Note &templates…": "&Modelli di messaggio…",
    "Note templates": "Modelli di messaggio",
    "Notes are written in each contact's own note language, whatever the interface speaks.":
        "I messaggi sono scritti nella lingua di ciascun contatto, qualunque sia quella dell'interfaccia.",
    "None of the selected follow-ups is a handwritten note or a letter.":
        "Nessuno dei follow-up selezionati è un biglietto scritto a mano o una lettera.",
    "On first-name terms": "Ci chiamiamo per nome",
    "One page to pin next to your desk: every follow-up of the coming seven days, who, how, by when and why, with a box to tick.":
        "Una pagina da appendere vicino alla scrivania: ogni follow-up dei prossimi sette giorni, a chi, come, entro quando e perché, con una casella da spuntare.",
    "One page with the follow-ups of the coming week": "Una pagina con i follow-up della settimana in arrivo",
    "Placeholders (double-click to insert). A line whose placeholder has nothing to say is left out of the note.":
        "Segnaposto (doppio clic per inserire). Una riga il cui segnaposto è vuoto viene omessa dal messaggio.",
    "Plan, write and track every follow-up of a job search":
        "Pianifica, scrive e segue ogni follow-up di una ricerca di lavoro",
    "Plan, write and track the follow-ups of your job search":
        "Pianifica, scrive e segue i follow-up della Sua ricerca di lavoro",
    "Position: {position}": "Posizione: {position}",
    "Print the handwritten notes among the selected follow-ups, one card per page":
        "Stampa i biglietti scritti a mano tra i follow-up selezionati, uno per pagina",
    "Re&vert": "Annulla &modifiche",
    "Search by name, organisation or email…": "Cerca per nome, organizzazione o e-mail…",
    "Text of the note": "Testo del messaggio",
    "The date they gave for their answer: no check-in before it (R5).":
        "La data indicata per la risposta: nessuna richiesta di aggiornamento prima (R5).",
    "The draft is empty: write the note first.": "La bozza è vuota: scriva prima il messaggio.",
    "The language notes to them are written in.": "La lingua dei messaggi per questa persona.",
    "Where the job is; its holidays apply to contacts without a country.":
        "Dove si trova il lavoro; le sue festività valgono per i contatti senza paese.",
    "Worth mentioning in a note: a trip, a restaurant, a shared interest.":
        "Da menzionare in un messaggio: un viaggio, un ristorante, un interesse comune.",
    "note language": "lingua dei messaggi",
    "print the note a follow-up would send": "mostra il messaggio che un follow-up invierebbe",
    "print a follow-up's handwritten note to a PDF file":
        "stampa in un file PDF il biglietto scritto a mano di un follow-up",
    "the interview's date, written in the note's language":
        "la data del colloquio, scritta nella lingua del messaggio",
    "{n} note template": ["{n} modello di messaggio", "{n} modelli di messaggio"],
    "“{value}” is not a kind of note.": "«{value}» non è un tipo di messaggio.",
    "“{value}” is not a language notes are written in.":
        "«{value}» non è una lingua in cui si scrivono i messaggi.",
    "start in the tray (as at login), or minimised without one":
        "si avvia nell'area di notifica (come all'accesso), o ridotto a icona se non c'è",
    "fill an empty database with a sample job search":
        "riempie un database vuoto con una ricerca di lavoro di esempio",
    "the position applied for": "la posizione della candidatura",
    "the contact's first name": "il nome proprio del contatto",
    "Load &sample job search…": "C&arica la ricerca di lavoro di esempio…",
    "Load the sample job search?": "Caricare la ricerca di lavoro di esempio?",
    "Try it with a sample job search": "Prova con una ricerca di lavoro di esempio",
    "Sample job search loaded: {count} follow-up planned.":
        ["Ricerca di lavoro di esempio caricata: {count} follow-up pianificato.",
         "Ricerca di lavoro di esempio caricata: {count} follow-up pianificati."],
    "Job Follow-up plans the thank-yous, check-ins and reference updates of your job search, drafts each one in the right language, and tells you why each day was chosen.\n\nTo see how it works, try it with a sample job search: fifteen applications and forty people, as they would stand today. Or start right away with your own.":
        "Job Follow-up pianifica i ringraziamenti, le richieste di aggiornamento e i messaggi ai Suoi referenti durante la ricerca di lavoro, li scrive nella lingua giusta e Le spiega perché ha scelto ogni data.\n\nPer vedere come funziona, lo provi con una ricerca di lavoro di esempio: quindici candidature e quaranta persone, come si presenterebbero oggi. Oppure cominci subito con la Sua.",
    "While the app is empty, File → Load sample job search… brings the sample back.":
        "Finché l'applicazione è vuota, può caricare l'esempio in seguito da File → Carica la ricerca di lavoro di esempio…",
    "e.g. the data platform migration": "ad es. la migrazione della piattaforma dati",
    "e.g. how much you share with open source": "ad es. quanto condividete con l'open source",
    "e.g. a safety-first culture": "ad es. la cultura della sicurezza",
    "Later check-in": "Richiesta di aggiornamento successiva",
    "No interviews logged yet. After each one, log it here: its thank-yous and check-ins are planned at once.":
        "Ancora nessun colloquio registrato. Dopo ognuno, lo registri qui: ringraziamenti e richieste di aggiornamento vengono pianificati subito.",
}

NB = {
    "A copy of your data is made each day you open the app; older copies are thinned out to one a day, then one a week.":
        "Det tas en kopi av dataene dine hver dag du åpner appen. Eldre kopier tynnes ut til én per dag, deretter én per uke.",
    "A reply about an application ends its check-ins; an offer or a rejection is news your references hear from you (R13)":
        "Et svar om en søknad avslutter oppfølgingsmeldingene – et tilbud eller et avslag er nyheter referansene dine bør få fra deg (R13)",
    "Choose another day; the rules check it": "Velg en annen dag – reglene sjekker den",
    "Delete the selected contact or application; skip the selected follow-up":
        "Slett valgt kontakt eller søknad, eller hopp over valgt oppfølging",
    "For Thunderbird, Google Calendar or Apple Calendar; exporting again updates the same events":
        "For Thunderbird, Google Kalender eller Apple Kalender. En ny eksport oppdaterer de samme hendelsene",
    "Move it to a later day; the rules check the day as for a drag":
        "Flytt den til en senere dag – reglene sjekker dagen som når du drar den",
    "Only the tray icon shows; reminders still pop up. Without a tray, the window starts minimised.":
        "Bare ikonet i systemstatusfeltet vises, men påminnelsene dukker likevel opp. Uten statusfelt starter vinduet minimert.",
    "The backup could not be restored ({problem}); your data was left as it was.":
        "Sikkerhetskopien kunne ikke gjenopprettes ({problem}). Dataene dine er som før.",
    "The channel they answer on; follow-ups use it (R8).":
        "Kanalen personen svarer på. Oppfølgingene bruker den (R8).",
    "The thank-yous and check-ins still planned for it are deleted too; those already sent stay in the history. You can undo it with Edit → Undo until you quit.":
        "Takkemeldinger og oppfølgingsmeldinger som fortsatt er planlagt for det, slettes også. De som alt er sendt, blir stående i historikken. Du kan angre med Rediger → Angre til du avslutter.",
    "The {field} is too long ({count} characters; at most {most}).":
        "Feltet {field} er for langt ({count} tegn, høyst {most}).",
    "Where the job is; its holidays apply to contacts without a country.":
        "Hvor jobben er. Helligdagene der gjelder kontakter uten land.",
    "small: fifteen applications to try the app; large: five years of data for benchmarks":
        "small: femten søknader for å prøve appen, large: fem års data for ytelsesmålinger",
    "{path} belongs to another program, not to Job Follow-up; it was left untouched.":
        "{path} tilhører et annet program, ikke Job Follow-up. Filen ble ikke rørt.",
    "{path} is damaged ({problem}); it was left untouched.": "{path} er skadet ({problem}). Filen ble ikke rørt.",
    "{path} is damaged and cannot be read ({error}); it was left untouched.":
        "{path} er skadet og kan ikke leses ({error}). Filen ble ikke rørt.",
    "{path} is not a Job Follow-up database (it is not an SQLite file); it was left untouched.":
        "{path} er ikke en Job Follow-up-database (det er ikke en SQLite-fil). Filen ble ikke rørt.",
    "{path} was exported by a newer version of Job Follow-up; please update the app.":
        "{path} ble eksportert av en nyere versjon av Job Follow-up. Oppdater appen.",
    "{path} was written by a newer version of Job Follow-up; please update the app.":
        "{path} ble skrevet av en nyere versjon av Job Follow-up. Oppdater programmet.",
    "{problem}\n\nNothing was changed. File → Check data… looks for damage; File → Restore… goes back to a backup.":
        "{problem}\n\nIngenting ble endret. Fil → Kontroller dataene… ser etter skader, og Fil → Gjenopprett… går tilbake til en sikkerhetskopi.",
    "&Note:": "&Melding:",
    "“{value}” is not a kind of note.": "«{value}» er ikke en meldingstype.",
    "By {channel}, the channel they prefer.": "På {channel}, kanalen personen foretrekker.",
    "A trip, a restaurant, a hobby they mentioned.": "En reise, en restaurant, en hobby personen nevnte.",
    "Every check-in with them stays on {channel}: one channel per person.":
        "Alle oppfølgingsmeldinger til personen går på {channel}: én kanal per person.",
    "Cannot set the app to start at login: {problem}":
        "Kan ikke stille inn appen til å starte ved pålogging: {problem}",
    "Correct the interview's day, format or interviewers: the follow-ups still planned move with it":
        "Korriger dato, format eller intervjuere for intervjuet: oppfølgingene som fortsatt er planlagt, flyttes med",
    "Leave this follow-up out (you can undo it)": "Hopp over denne oppfølgingen (du kan angre)",
    "Line {line} has a lone “{brace}”: write placeholders as {{company}}, and a literal brace as “{brace}{brace}”.":
        "Linje {line} har en enslig «{brace}»: skriv plassholdere som {{company}}, og en krøllparentes som «{brace}{brace}».",
    "No longer list the selected contact as a reference": "Fjern den valgte kontakten som referanse",
    "Show the pipeline: applications grouped by where they stand":
        "Vis søknadene gruppert etter hvor langt de har kommet",
    "The employer has contacted your reference: thank them right away and promise to keep them posted.":
        "Arbeidsgiveren har kontaktet referansen din: takk personen med en gang, og lov å holde vedkommende oppdatert.",
    "Stay gracious after a no: thank them and ask to stay in touch.":
        "Vær høflig etter et nei: takk for muligheten og be om å få holde kontakten.",
    "You sent it: keep it in the contact's history": "Du har sendt den: ta vare på den i historikken til kontakten",
    "This link is not a record number.": "Denne henvisningen er ikke et gyldig nummer på en post.",
    "Told the outcome": "Informert om utfallet",
    "This database already holds a job search; choose an empty folder for the sample data.":
        "Denne databasen inneholder allerede et jobbsøk. Velg en tom mappe for eksempeldataene.",
    "Not yet: they answered, no decision": "Ikke ennå: de har svart, men uten avgjørelse",
    "Plans, drafts and tracks the follow-ups of a job search. Without a command: the app.":
        "Planlegger, skriver og holder oversikt over oppfølgingene i et jobbsøk. Uten kommando: programmet.",
    "e.g. the data platform migration": "f.eks. migreringen av dataplattformen",
    "e.g. how much you share with open source": "f.eks. hvor mye dere deler som åpen kildekode",
    "e.g. a safety-first culture": "f.eks. sikkerhetskulturen",
    "Later check-in": "Senere oppfølgingsmelding",
}


def french(text: str) -> str:
    text = re.sub(r" ([;?!])", "\u202f\\1", text)
    text = re.sub(r" :", "\u00a0:", text)
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def main():
    fixes: dict[str, dict] = {}
    for language, table in (("fr", FR), ("it", IT), ("nb", NB)):
        for msgid, text in table.items():
            if language == "fr":
                text = [french(t) for t in text] if isinstance(text, list) else french(text)
            fixes.setdefault(msgid, {})[language] = text
    out = Path(__file__).parent / "catalog-fixes.json"
    out.write_text(json.dumps(fixes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(fixes), "msgids,", sum(len(v) for v in fixes.values()), "translations")


if __name__ == "__main__":
    main()
