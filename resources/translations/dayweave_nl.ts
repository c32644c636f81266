<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>Dayweave is already running; it has been brought forward.</source>
        <translation>Dayweave draait al; het is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Dayweave cannot open its data: %1</source>
        <translation>Dayweave kan zijn gegevens niet openen: %1</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn nodig: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is nodig</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument %r genegeerd</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s argumenten</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AwayCli</name>
    <message>
        <source>a break</source>
        <translation>een pauze</translation>
    </message>
    <message>
        <source>a disruption</source>
        <translation>een verstoring</translation>
    </message>
    <message>
        <source>a live meeting</source>
        <translation>een live afspraak</translation>
    </message>
    <message>
        <source>still working</source>
        <translation>nog aan het werk</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>No time away noted.</source>
        <translation>Geen tijd weg genoteerd.</translation>
    </message>
    <message>
        <source>--gap gives the times: leave out --at and --until</source>
        <translation>--gap geeft de tijden: laat --at en --until weg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not what a gap was: life, disruption CAUSE, meeting --with X, work</source>
        <translation>&apos;%1&apos; is niet wat een afwezigheid was: privé (of pauze), verstoring OORZAAK, afspraak --with X, werk</translation>
    </message>
    <message>
        <source>There is no gap %1: `dayweave away` lists them.</source>
        <translation>Er is geen afwezigheid %1: `dayweave away` toont ze.</translation>
    </message>
    <message>
        <source>%1 was answered already: nothing changed.</source>
        <translation>%1 was al beantwoord: niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>this backup is format version %1, written by a newer Dayweave; this one reads up to version %2: update Dayweave to import it</source>
        <translation>deze back-up heeft formaatversie %1, geschreven door een nieuwere Dayweave; deze leest tot versie %2: werk Dayweave bij om hem te importeren</translation>
    </message>
    <message>
        <source>this is not a Dayweave backup (dayweave export --format json)</source>
        <translation>dit is geen Dayweave-back-up (dayweave export --format json)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>not UTF-8; read as Windows-1252</source>
        <translation>geen UTF-8; gelezen als Windows-1252</translation>
    </message>
    <message>
        <source>not a calendar (no BEGIN:VCALENDAR)</source>
        <translation>geen agenda (geen BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>time zone %1 changes more often than once a year: left out</source>
        <translation>tijdzone %1 wisselt vaker dan eens per jaar: weggelaten</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>niet te lezen: %1</translation>
    </message>
    <message>
        <source>the file is cut short; read what is there</source>
        <translation>het bestand houdt te vroeg op; gelezen wat er staat</translation>
    </message>
    <message>
        <source>nothing in it can be read</source>
        <translation>er valt niets in te lezen</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>heeft geen begintijd</translation>
    </message>
    <message>
        <source>has a repeat date (%1) with a time but no day</source>
        <translation>heeft een herhaaldatum (%1) met een tijd maar zonder dag</translation>
    </message>
    <message>
        <source>has a line that cannot be read (%1)</source>
        <translation>heeft een regel die niet te lezen is (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>has two start times; the first is used</source>
        <translation>heeft twee begintijden; de eerste telt</translation>
    </message>
    <message>
        <source>its end cannot be read and is left out (%1)</source>
        <translation>het einde is niet te lezen en weggelaten (%1)</translation>
    </message>
    <message>
        <source>time zone %1 is unknown; read as local time</source>
        <translation>tijdzone %1 is onbekend; gelezen als plaatselijke tijd</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>herhaling niet uit te rekenen: %1</translation>
    </message>
    <message>
        <source>%1 is not a full path</source>
        <translation>%1 is geen volledig pad</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 is not a regular file or a folder</source>
        <translation>%1 is geen gewoon bestand of map</translation>
    </message>
    <message>
        <source>%1 is not an .ics file or a folder of them</source>
        <translation>%1 is geen .ics-bestand of een map daarvan</translation>
    </message>
    <message>
        <source>%1 is not one of your calendars</source>
        <translation>%1 is niet een van je agenda&apos;s</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>is larger than %1: left out</source>
        <translation>is groter dan %1: weggelaten</translation>
    </message>
    <message>
        <source>repeats every second: not a meeting, left out</source>
        <translation>herhaalt elke seconde: geen afspraak, weggelaten</translation>
    </message>
    <message>
        <source>repeats every minute: not a meeting, left out</source>
        <translation>herhaalt elke minuut: geen afspraak, weggelaten</translation>
    </message>
    <message>
        <source>repeats more than %1 times: left out</source>
        <translation>herhaalt meer dan %1 keer: weggelaten</translation>
    </message>
    <message>
        <source>takes too long to work out: left out</source>
        <translation>kost te veel tijd om uit te rekenen: weggelaten</translation>
    </message>
    <message>
        <source>repeats too much to work out: %1 series left out</source>
        <translation>herhaalt te veel om uit te rekenen: %1 reeksen weggelaten</translation>
    </message>
    <message>
        <source>line %1 cannot be read and is left out: %2</source>
        <translation>regel %1 is niet te lezen en weggelaten: %2</translation>
    </message>
    <message>
        <source>line %1: a parameter cannot be read and is left out: %2</source>
        <translation>regel %1: een parameter is niet te lezen en weggelaten: %2</translation>
    </message>
    <message>
        <source>cannot be read (line %1: %2)</source>
        <translation>niet te lezen (regel %1: %2)</translation>
    </message>
    <message>
        <source>its reminder cannot be read and is left out (line %1: %2)</source>
        <translation>de herinnering is niet te lezen en weggelaten (regel %1: %2)</translation>
    </message>
    <message>
        <source>its %1 cannot be read and is left out (line %2: %3)</source>
        <translation>het onderdeel %1 is niet te lezen en weggelaten (regel %2: %3)</translation>
    </message>
</context>
<context>
    <name>CalendarCli</name>
    <message>
        <source>Already one of your calendars.</source>
        <translation>Al een van je agenda&apos;s.</translation>
    </message>
    <message>
        <source>Added the calendar; it is read, never changed.</source>
        <translation>Agenda toegevoegd; hij wordt gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Removed the calendar.</source>
        <translation>Agenda verwijderd.</translation>
    </message>
    <message>
        <source>No calendars yet: dayweave calendar add PATH</source>
        <translation>Nog geen agenda&apos;s: dayweave calendar add PAD</translation>
    </message>
    <message>
        <source> (not there now)</source>
        <translation> (nu niet aanwezig)</translation>
    </message>
    <message>
        <source>No planned meetings.</source>
        <translation>Geen geplande afspraken.</translation>
    </message>
    <message>
        <source>[live, %1]</source>
        <translation>[live, %1]</translation>
    </message>
    <message>
        <source>(not in People: %1)</source>
        <translation>(niet in Mensen: %1)</translation>
    </message>
    <message>
        <source>Read %1: %2, %3, %4.</source>
        <translation>%1 gelezen: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSources</name>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Je e-mailadressen</translation>
    </message>
    <message>
        <source>Which e-mail addresses are yours (separated by commas)? Planned meetings never offer them as people, and a meeting you declined is left out.</source>
        <translation>Welke e-mailadressen zijn van jou (gescheiden door komma&apos;s)? Geplande afspraken bieden ze nooit aan als mensen, en een afspraak die je hebt afgeslagen valt weg.</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Agendabestanden</translation>
    </message>
    <message>
        <source>Add file...</source>
        <translation>Bestand toevoegen...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>Map toevoegen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Een agendabestand</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agenda&apos;s (*.ics)</translation>
    </message>
    <message>
        <source>A folder of calendars</source>
        <translation>Een map met agenda&apos;s</translation>
    </message>
</context>
<context>
    <name>CallOffer</name>
    <message>
        <source>Dayweave: a call?</source>
        <translation>Dayweave: een gesprek?</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <source>A call with...</source>
        <translation>Gesprek met...</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Gesprek beëindigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Your microphone is in use. Log it as a call?</source>
        <translation>Je microfoon is in gebruik. Vastleggen als gesprek?</translation>
    </message>
    <message>
        <source>Your microphone is free again. End the call?</source>
        <translation>Je microfoon is weer vrij. Het gesprek beëindigen?</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Een gesprek</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>Met wie? (namen gescheiden door komma&apos;s)</translation>
    </message>
</context>
<context>
    <name>CauseBars</name>
    <message>
        <source>Disruptions by cause</source>
        <translation>Verstoringen per oorzaak</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not sorted</source>
        <translation>niet ingedeeld</translation>
    </message>
    <message>
        <source>reach out</source>
        <translation>contact zoeken</translation>
    </message>
    <message>
        <source>plan live</source>
        <translation>live afspreken</translation>
    </message>
    <message>
        <source>call open</source>
        <translation>begin gesprek</translation>
    </message>
    <message>
        <source>call close</source>
        <translation>einde gesprek</translation>
    </message>
    <message>
        <source>weekly review</source>
        <translation>weekoverzicht</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Er staat niets open.</translation>
    </message>
    <message>
        <source>due: %1 (%2)</source>
        <translation>nu: %1 (%2)</translation>
    </message>
    <message>
        <source>waiting: %1: %2</source>
        <translation>wacht: %1: %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message>
        <source>(see dayweave --help)</source>
        <translation>(zie dayweave --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; use %2</source>
        <translation>&apos;%1&apos; is geen soort; gebruik %2</translation>
    </message>
    <message>
        <source>Log the remote work day as one timeline.</source>
        <translation>Leg de werkdag op afstand vast als één tijdlijn.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>data folder (default: $DAYWEAVE_DATA_DIR or the user&apos;s)</source>
        <translation>gegevensmap (standaard: $DAYWEAVE_DATA_DIR of die van de gebruiker)</translation>
    </message>
    <message>
        <source>start the tray app, print the start-up seconds once the icon shows, and exit</source>
        <translation>start de app, toon de opstartseconden zodra het pictogram er is, en stop</translation>
    </message>
    <message>
        <source>language of the app (en, nl); default: the system&apos;s</source>
        <translation>taal van de app (en, nl); standaard: die van het systeem</translation>
    </message>
    <message>
        <source>say what happens, on stderr and in the log file (-vv: every step)</source>
        <translation>vertel wat er gebeurt, op stderr en in het logbestand (-vv: elke stap)</translation>
    </message>
    <message>
        <source>log an entry, or a quick-entry line</source>
        <translation>leg iets vast, of een snelle regel</translation>
    </message>
    <message>
        <source>a quick-entry line, quoted or not: work 9.00-10.30 plan, call with Anna</source>
        <translation>een snelle regel, met of zonder aanhalingstekens: werk 9.00-10.30 plan, gesprek met Anna</translation>
    </message>
    <message>
        <source>when it started (9, 9:15, 9.15, 9am, &apos;yesterday 9&apos;, -15m); default now</source>
        <translation>wanneer het begon (9, 9:15, 9.15, 9am, &apos;gisteren 9&apos;, -15m); standaard nu</translation>
    </message>
    <message>
        <source>when it ended; a block without one keeps running</source>
        <translation>wanneer het eindigde; een blok zonder einde loopt door</translation>
    </message>
    <message>
        <source>a disruption&apos;s cause: %1, or your own word</source>
        <translation>de oorzaak van een verstoring: %1, of een eigen woord</translation>
    </message>
    <message>
        <source>who it was with (again for more people)</source>
        <translation>met wie (herhaal voor meer mensen)</translation>
    </message>
    <message>
        <source>a note to keep with it</source>
        <translation>een notitie erbij</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>een label</translation>
    </message>
    <message>
        <source>print the stored entry as JSON</source>
        <translation>toon het opgeslagene als JSON</translation>
    </message>
    <message>
        <source>a block over 16 hours (or running since then) is meant</source>
        <translation>een blok van meer dan 16 uur (of dat sindsdien loopt) is zo bedoeld</translation>
    </message>
    <message>
        <source>start a work or life block, a call or a meeting</source>
        <translation>start een werk- of privéblok, een gesprek of een afspraak</translation>
    </message>
    <message>
        <source>when it started; default now</source>
        <translation>wanneer het begon; standaard nu</translation>
    </message>
    <message>
        <source>who it is with (again for more people)</source>
        <translation>met wie (herhaal voor meer mensen)</translation>
    </message>
    <message>
        <source>stop the running block (or: stop call [--with NAME])</source>
        <translation>stop het lopende blok (of: stop call [--with NAAM])</translation>
    </message>
    <message>
        <source>when it stopped; default now</source>
        <translation>wanneer het stopte; standaard nu</translation>
    </message>
    <message>
        <source>end the call with NAME</source>
        <translation>beëindig het gesprek met NAAM</translation>
    </message>
    <message>
        <source>print what ended as JSON</source>
        <translation>toon wat eindigde als JSON</translation>
    </message>
    <message>
        <source>take back the last change, within ten seconds</source>
        <translation>draai de laatste wijziging terug, binnen tien seconden</translation>
    </message>
    <message>
        <source>print what changed as JSON</source>
        <translation>toon wat veranderde als JSON</translation>
    </message>
    <message>
        <source>the week holding DATE (default: this week)</source>
        <translation>de week met DATUM (standaard: deze week)</translation>
    </message>
    <message>
        <source>2026-11-26, today, yesterday, tomorrow, or last (a week ago)</source>
        <translation>2026-11-26, vandaag, gisteren, morgen, of vorige (een week geleden)</translation>
    </message>
    <message>
        <source>print the week as JSON</source>
        <translation>toon de week als JSON</translation>
    </message>
    <message>
        <source>save the week as an image</source>
        <translation>bewaar de week als afbeelding</translation>
    </message>
    <message>
        <source>IANA zone to cut days in (default: the local one)</source>
        <translation>IANA-tijdzone voor de dagen (standaard: de lokale)</translation>
    </message>
    <message>
        <source>default: Settings&apos; week start, or mon</source>
        <translation>standaard: het weekbegin uit Instellingen, of mon</translation>
    </message>
    <message>
        <source>with --png: the dark palette</source>
        <translation>met --png: de donkere kleuren</translation>
    </message>
    <message>
        <source>the language (en, nl); with --png the image&apos;s too</source>
        <translation>de taal (en, nl); met --png ook die van de afbeelding</translation>
    </message>
    <message>
        <source>what the last weeks show (default: the last 12)</source>
        <translation>wat de laatste weken laten zien (standaard: de laatste 12)</translation>
    </message>
    <message>
        <source>the last N weeks, this one too</source>
        <translation>de laatste N weken, deze meegeteld</translation>
    </message>
    <message>
        <source>from the week of DATE</source>
        <translation>vanaf de week van DATUM</translation>
    </message>
    <message>
        <source>to the week of DATE, included</source>
        <translation>tot en met de week van DATUM</translation>
    </message>
    <message>
        <source>print the review as JSON</source>
        <translation>het overzicht als JSON</translation>
    </message>
    <message>
        <source>save the review as an image</source>
        <translation>het overzicht als afbeelding bewaren</translation>
    </message>
    <message>
        <source>set the one intention for next week (&quot;&quot; takes it back)</source>
        <translation>stel het ene voornemen voor volgende week in (&quot;&quot; neemt het terug)</translation>
    </message>
    <message>
        <source>with --intention: for the week of DATE</source>
        <translation>met --intention: voor de week van DATUM</translation>
    </message>
    <message>
        <source>find TEXT in titles, notes, causes and people, in any case</source>
        <translation>zoek TEKST in titels, notities, oorzaken en mensen, hoofdletters of niet</translation>
    </message>
    <message>
        <source>words that must all be found</source>
        <translation>woorden die allemaal moeten voorkomen</translation>
    </message>
    <message>
        <source>only entries of this kind (again for more)</source>
        <translation>alleen items van deze soort (herhaal voor meer)</translation>
    </message>
    <message>
        <source>only entries with NAME (again for more people)</source>
        <translation>alleen items met NAAM (herhaal voor meer mensen)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>de resultaten als JSON</translation>
    </message>
    <message>
        <source>the people you stay in touch with</source>
        <translation>de mensen met wie je contact houdt</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>voeg iemand toe</translation>
    </message>
    <message>
        <source>their team</source>
        <translation>hun team</translation>
    </message>
    <message>
        <source>stay in touch every DAYS days</source>
        <translation>houd elke DAYS dagen contact</translation>
    </message>
    <message>
        <source>notes about them</source>
        <translation>notities over hen</translation>
    </message>
    <message>
        <source>an e-mail address (again for more)</source>
        <translation>een e-mailadres (herhaal voor meer)</translation>
    </message>
    <message>
        <source>print the person as JSON</source>
        <translation>toon de persoon als JSON</translation>
    </message>
    <message>
        <source>add people from a vCard (.vcf) file</source>
        <translation>voeg mensen toe uit een vCard-bestand (.vcf)</translation>
    </message>
    <message>
        <source>for text that is not UTF-8 and names no character set (default: this computer&apos;s legacy code page, Windows-1252 where there is none)</source>
        <translation>voor tekst die geen UTF-8 is en geen tekenset noemt (standaard: de oude codetabel van deze computer, Windows-1252 als die er niet is)</translation>
    </message>
    <message>
        <source>one person, two records: keep INTO</source>
        <translation>één persoon, twee records: bewaar INTO</translation>
    </message>
    <message>
        <source>list people with their last contact</source>
        <translation>toon mensen met hun laatste contact</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>toon de lijst als JSON</translation>
    </message>
    <message>
        <source>only people whose gaps between contacts are growing, longer than their rhythm</source>
        <translation>alleen mensen bij wie de tussenpozen tussen contacten groeien, langer dan hun ritme</translation>
    </message>
    <message>
        <source>every contact, call and meeting with a person, and their rhythm</source>
        <translation>elk contact, gesprek en elke afspraak met iemand, en het ritme</translation>
    </message>
    <message>
        <source>print the person&apos;s history as JSON</source>
        <translation>de geschiedenis van die persoon als JSON</translation>
    </message>
    <message>
        <source>mark the last next action agreed with a person done</source>
        <translation>markeer de laatst afgesproken volgende actie met iemand als gedaan</translation>
    </message>
    <message>
        <source>print the action as JSON</source>
        <translation>toon de actie als JSON</translation>
    </message>
    <message>
        <source>change a person: circle, interval, e-mail, name, next action</source>
        <translation>wijzig iemand: kring, interval, e-mail, naam, volgende actie</translation>
    </message>
    <message>
        <source>their e-mail address (again for more); replaces the ones kept</source>
        <translation>hun e-mailadres (herhaal voor meer); vervangt de bewaarde</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>een nieuwe naam</translation>
    </message>
    <message>
        <source>the next action agreed with them</source>
        <translation>de volgende actie die je met ze afsprak</translation>
    </message>
    <message>
        <source>remove a person; their entries stay (undo brings them back)</source>
        <translation>verwijder iemand; hun items blijven (undo haalt ze terug)</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>lees of wijzig een instelling</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>toon als JSON</translation>
    </message>
    <message>
        <source>what is due, what waits and why, and what comes next</source>
        <translation>wat openstaat, wat wacht en waarom, en wat er komt</translation>
    </message>
    <message>
        <source>the moment to ask about (default now)</source>
        <translation>het moment waarover je het wilt weten (standaard nu)</translation>
    </message>
    <message>
        <source>verify the data folder; exit 1 on damage</source>
        <translation>controleer de gegevensmap; stopt met 1 bij schade</translation>
    </message>
    <message>
        <source>remove leftover temp files, make folders private</source>
        <translation>ruim achtergebleven tijdelijke bestanden op, maak mappen privé</translation>
    </message>
    <message>
        <source>say what it would add, update and trim, and write nothing</source>
        <translation>zeg wat het zou toevoegen, bijwerken en inkorten, en schrijf niets</translation>
    </message>
    <message>
        <source>the devices seen in the data folder, and when each wrote</source>
        <translation>de apparaten in de gegevensmap, en wanneer elk schreef</translation>
    </message>
    <message>
        <source>give a device a name every device shows</source>
        <translation>geef een apparaat een naam die elk apparaat toont</translation>
    </message>
    <message>
        <source>mark a device as no longer used (its history stays)</source>
        <translation>markeer een apparaat als niet meer in gebruik (de geschiedenis blijft)</translation>
    </message>
    <message>
        <source>the time away noted on DATE (default: today), answered or not</source>
        <translation>de tijd weg op DATUM (standaard: vandaag), beantwoord of niet</translation>
    </message>
    <message>
        <source>--tz: &apos;%1&apos; is not a known time zone</source>
        <translation>--tz: &apos;%1&apos; is geen bekende tijdzone</translation>
    </message>
    <message>
        <source>could not save the image: there is no folder %1</source>
        <translation>kon de afbeelding niet opslaan: er is geen map %1</translation>
    </message>
    <message>
        <source>could not save the image to %1</source>
        <translation>kon de afbeelding niet opslaan in %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>%1h%2</source>
        <comment>hours and minutes</comment>
        <translation>%1u%2</translation>
    </message>
    <message>
        <source>Week of %1 - %2 (%3)</source>
        <translation>Week van %1 - %2 (%3)</translation>
    </message>
    <message>
        <source>work %1  life %2  switches %3  disruptions %4</source>
        <translation>werk %1  privé %2  wissels %3  verstoringen %4</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>live meetings %1</source>
        <translation>live afspraken %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>No people yet: dayweave people add NAME --circle CIRCLE</source>
        <translation>Nog niemand: dayweave people add NAAM --circle KRING</translation>
    </message>
    <message>
        <source>No one is drifting.</source>
        <translation>Niemand raakt uit beeld.</translation>
    </message>
    <message>
        <source>Away is detected through: %1</source>
        <translation>Weg zijn wordt herkend via: %1</translation>
    </message>
    <message>
        <source>Nothing on this desktop says when you are away.</source>
        <translation>Niets op dit bureaublad zegt wanneer je weg bent.</translation>
    </message>
    <message>
        <source>The microphone&apos;s use is heard through: %1</source>
        <translation>Het gebruik van de microfoon wordt gehoord via: %1</translation>
    </message>
    <message>
        <source>No sound server answers here: calls are not noticed.</source>
        <translation>Hier antwoordt geen geluidsserver: gesprekken worden niet opgemerkt.</translation>
    </message>
    <message>
        <source>1 damaged file in %2:</source>
        <translation>1 beschadigd bestand in %2:</translation>
    </message>
    <message>
        <source>%1 damaged files in %2:</source>
        <translation>%1 beschadigde bestanden in %2:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</source>
        <translation>1 nog niet ingedeeld: geef een kring (Mensen, of people edit NAAM --circle C)</translation>
    </message>
    <message>
        <source>%1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</source>
        <translation>%1 nog niet ingedeeld: geef ze een kring (Mensen, of people edit NAAM --circle C)</translation>
    </message>
    <message>
        <source>%1 (%2) last contact %3</source>
        <translation>%1 (%2) laatste contact %3</translation>
    </message>
    <message>
        <source>No data folder yet at %1; nothing to check.</source>
        <translation>Nog geen gegevensmap in %1; niets te controleren.</translation>
    </message>
    <message>
        <source>OK: %1 is readable.</source>
        <translation>OK: %1 is leesbaar.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>(loopt)</translation>
    </message>
    <message>
        <source>not sorted yet: give them a circle in People</source>
        <translation>nog niet ingedeeld: geef een kring in Mensen</translation>
    </message>
    <message>
        <source>circle: %1</source>
        <translation>kring: %1</translation>
    </message>
    <message>
        <source>%1 is already running; nothing changed.</source>
        <translation>%1 loopt al; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>%1 toegevoegd, %2 samengevoegd, %3 overgeslagen.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <source>Nothing was running.</source>
        <translation>Er liep niets.</translation>
    </message>
    <message>
        <source>Nothing to undo (undo lasts ten seconds).</source>
        <translation>Niets terug te draaien (dat kan tien seconden).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Removed %1 people from your people.</source>
        <translation>%1 mensen uit je mensen gehaald.</translation>
    </message>
    <message>
        <source>the next action (its words not kept)</source>
        <translation>de volgende actie (de woorden niet bewaard)</translation>
    </message>
    <message>
        <source>Done: %1 (agreed %2).</source>
        <translation>Gedaan: %1 (afgesproken %2).</translation>
    </message>
    <message>
        <source>Already done: %1 (agreed %2).</source>
        <translation>Al gedaan: %1 (afgesproken %2).</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>elke %1 dagen</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>e-mail: %1</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notities gewijzigd</translation>
    </message>
    <message>
        <source>next action: %1</source>
        <translation>volgende actie: %1</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>%1 gewijzigd: %2.</translation>
    </message>
    <message>
        <source>Took %1 out of your people again.</source>
        <translation>%1 weer uit je mensen gehaald.</translation>
    </message>
    <message>
        <source>Removed %1 from your people; their entries stay.</source>
        <translation>%1 verwijderd uit je mensen; hun items blijven.</translation>
    </message>
    <message>
        <source>Put back %1 as they were.</source>
        <translation>%1 teruggezet zoals het was.</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... en nog %1.</translation>
    </message>
    <message>
        <source>not sorted yet</source>
        <translation>nog niet ingedeeld</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 toegevoegd (%2).</translation>
    </message>
    <message>
        <source>Added %1 to your people (%2).</source>
        <translation>%1 toegevoegd aan je mensen (%2).</translation>
    </message>
    <message>
        <source>Merged %1 into %2: their entries count for %2.</source>
        <translation>%1 samengevoegd met %2: wat bij %1 stond telt nu voor %2.</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestart: %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Teruggezet: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Gestopt: %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beëindigd: %1</translation>
    </message>
    <message>
        <source>Trimmed %1 (the new block took its overlap)</source>
        <translation>Ingekort: %1 (het nieuwe blok nam de overlap)</translation>
    </message>
    <message>
        <source>Split off %1 (the new block sits inside it)</source>
        <translation>Gesplitst: %1 (het nieuwe blok ligt erin)</translation>
    </message>
    <message>
        <source>Replaced %1 (the new block covers it whole)</source>
        <translation>Vervangen: %1 (het nieuwe blok dekt het helemaal)</translation>
    </message>
    <message>
        <source>no setting &apos;%1&apos;; use one of %2</source>
        <translation>geen instelling &apos;%1&apos;; gebruik een van %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give days like mon,tue,wed</source>
        <translation>&apos;%1&apos;: geef dagen als mon,tue,wed</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give mon, sat, sun or locale</source>
        <translation>&apos;%1&apos;: geef mon, sat, sun of locale</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a day like mon or fri</source>
        <translation>&apos;%1&apos;: geef een dag zoals mon of fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give true or false</source>
        <translation>&apos;%1&apos;: geef true of false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; is geen geheel getal</translation>
    </message>
    <message>
        <source>--until is before the start</source>
        <translation>--until ligt voor het begin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a circle; use one of %2</source>
        <translation>&apos;%1&apos; is geen kring; gebruik een van %2</translation>
    </message>
    <message>
        <source>--charset: &apos;%1&apos; is not a known character set</source>
        <translation>--charset: &apos;%1&apos; is geen bekende tekenset</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>say what to change: %1</source>
        <translation>zeg wat er verandert: %1</translation>
    </message>
    <message>
        <source>the app refused</source>
        <translation>de app weigerde</translation>
    </message>
    <message>
        <source>the running Dayweave is too busy; nothing was done: try again</source>
        <translation>de draaiende Dayweave is te druk bezig; er is niets gedaan: probeer het opnieuw</translation>
    </message>
    <message>
        <source>the running Dayweave serves another data folder; nothing was done</source>
        <translation>de draaiende Dayweave hoort bij een andere gegevensmap; er is niets gedaan</translation>
    </message>
    <message>
        <source>To change them: dayweave people edit NAME --circle C</source>
        <translation>Om iemand te wijzigen: dayweave people edit NAAM --circle C</translation>
    </message>
    <message>
        <source>If you mean it, add --long.</source>
        <translation>Als je dat bedoelt, voeg dan --long toe.</translation>
    </message>
    <message>
        <source>%1; the change may or may not be saved: `dayweave week` shows what is there</source>
        <translation>%1; de wijziging is misschien wel, misschien niet opgeslagen: `dayweave week` toont wat er is</translation>
    </message>
    <message>
        <source>warning: not using the app&apos;s socket: %1</source>
        <translation>waarschuwing: de socket van de app wordt niet gebruikt: %1</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>the calendar files planned meetings come from</source>
        <translation>de agendabestanden waar geplande afspraken uit komen</translation>
    </message>
    <message>
        <source>read an .ics file or a folder of them (never changed)</source>
        <translation>lees een .ics-bestand of een map ervan (nooit gewijzigd)</translation>
    </message>
    <message>
        <source>stop reading a calendar</source>
        <translation>lees een agenda niet meer</translation>
    </message>
    <message>
        <source>the calendars read</source>
        <translation>de agenda&apos;s die gelezen worden</translation>
    </message>
    <message>
        <source>the planned meetings of DATE (default: today)</source>
        <translation>de geplande afspraken van DATUM (standaard: vandaag)</translation>
    </message>
    <message>
        <source>your data as CSV, iCalendar or a full JSON backup</source>
        <translation>je gegevens als CSV, iCalendar of een volledige JSON-back-up</translation>
    </message>
    <message>
        <source>first day (default: all)</source>
        <translation>eerste dag (standaard: alles)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>laatste dag, inbegrepen</translation>
    </message>
    <message>
        <source>default: standard output</source>
        <translation>standaard: de standaarduitvoer</translation>
    </message>
    <message>
        <source>ics: disruptions and contacts as 0-minute events</source>
        <translation>ics: storingen en contacten als afspraken van 0 minuten</translation>
    </message>
    <message>
        <source>a JSON backup, a Timewarrior export or a Watson log --json (- for stdin)</source>
        <translation>een JSON-back-up, een Timewarrior-export of een Watson log --json (- voor stdin)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>dat bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from mag niet na --to liggen</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to %1</source>
        <translation>--weeks moet een heel getal van 1 tot %1 zijn</translation>
    </message>
    <message>
        <source>a review holds at most %1 weeks</source>
        <translation>een overzicht beslaat hoogstens %1 weken</translation>
    </message>
    <message>
        <source>This week&apos;s intention: %1</source>
        <translation>Voornemen voor deze week: %1</translation>
    </message>
    <message>
        <source>intention for the week: %1</source>
        <translation>voornemen voor de week: %1</translation>
    </message>
    <message>
        <source>intention taken back</source>
        <translation>voornemen teruggenomen</translation>
    </message>
    <message>
        <source>Review of %1 - %2 (%3)</source>
        <translation>Overzicht van %1 - %2 (%3)</translation>
    </message>
    <message>
        <source>disrupted %1</source>
        <comment>minutes of disruption in a week, where known</comment>
        <translation>verstoord %1</translation>
    </message>
    <message>
        <source>%1  calls %2  live meetings %3 (%4 wanted)  contacts %5</source>
        <translation>%1  gesprekken %2  live afspraken %3 (%4 gewenst)  contacten %5</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago, every %3 days wanted; slipping</source>
        <translation>%1: laatst bereikt %2 dagen geleden, elke %3 dagen gewenst; raakt uit beeld</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago, every %3 days wanted</source>
        <translation>%1: laatst bereikt %2 dagen geleden, elke %3 dagen gewenst</translation>
    </message>
    <message>
        <source>Drifting (their gaps growing):</source>
        <translation>Uit beeld (de tussenpozen groeien):</translation>
    </message>
    <message>
        <source>%1  calls and live meetings %2: first minutes %3, last minutes %4, next actions %5, kept %6</source>
        <translation>%1  gesprekken en live afspraken %2: eerste minuten %3, laatste minuten %4, volgende acties %5, gedaan %6</translation>
    </message>
    <message>
        <source>Next actions agreed: %1, kept %2</source>
        <translation>Volgende acties afgesproken: %1, gedaan %2</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>nog niet gedaan</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>gedaan %1</translation>
    </message>
    <message>
        <source>%1 %2 days (usually %3, every %4 wanted)</source>
        <comment>a person drifting</comment>
        <translation>%1 %2 dagen (meestal %3, elke %4 gewenst)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be %2: give the full name</source>
        <translation>&apos;%1&apos; kan %2 zijn: geef de volledige naam</translation>
    </message>
    <message>
        <source>no one called &apos;%1&apos; in your people</source>
        <translation>niemand die &apos;%1&apos; heet in je mensen</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>1 found.</source>
        <translation>1 gevonden.</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>%1 gevonden.</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>Nog geen contact met deze persoon.</translation>
    </message>
    <message>
        <source>then %1 days: slipped</source>
        <translation>daarna %1 dagen: ritme gemist</translation>
    </message>
    <message>
        <source>Rhythm kept in %1 of %2 gaps; last contact %3, due %4.</source>
        <translation>Ritme gehouden in %1 van %2 tussenpozen; laatste contact %3, weer aan de beurt %4.</translation>
    </message>
    <message>
        <source>%1 is retired; its history stays</source>
        <translation>%1 is buiten gebruik; de geschiedenis blijft</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 heet nu %2</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(dit apparaat)</translation>
    </message>
    <message>
        <source>has written nothing yet</source>
        <translation>heeft nog niets geschreven</translation>
    </message>
    <message>
        <source>last wrote %1</source>
        <translation>schreef het laatst %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>buiten gebruik</translation>
    </message>
    <message>
        <source>not seen for %1 days</source>
        <translation>%1 dagen niet gezien</translation>
    </message>
    <message>
        <source>an entry&apos;s versions: the one in force, and edits lost</source>
        <translation>de versies van een item: de geldende, en verloren wijzigingen</translation>
    </message>
    <message>
        <source>1 edit lost to a later edit on another device (kept; `dayweave history ID` shows it):</source>
        <translation>1 wijziging verloren aan een latere op een ander apparaat (bewaard; `dayweave history ID` toont haar):</translation>
    </message>
    <message>
        <source>%1 edits lost to a later edit on another device (kept; `dayweave history ID` shows them):</source>
        <translation>%1 wijzigingen verloren aan een latere op een ander apparaat (bewaard; `dayweave history ID` toont ze):</translation>
    </message>
    <message>
        <source>1 edit of a person lost to a later edit on another device (kept; `dayweave history NAME` shows it):</source>
        <translation>1 wijziging van een persoon verloren aan een latere op een ander apparaat (bewaard; `dayweave history NAME` toont haar):</translation>
    </message>
    <message>
        <source>%1 edits of people lost to a later edit on another device (kept; `dayweave history NAME` shows them):</source>
        <translation>%1 wijzigingen van personen verloren aan een latere op een ander apparaat (bewaard; `dayweave history NAME` toont ze):</translation>
    </message>
    <message>
        <source>1 settings change lost to a later change on another device (kept):</source>
        <translation>1 wijziging van de instellingen verloren aan een latere op een ander apparaat (bewaard):</translation>
    </message>
    <message>
        <source>%1 settings changes lost to a later change on another device (kept):</source>
        <translation>%1 wijzigingen van de instellingen verloren aan een latere op een ander apparaat (bewaard):</translation>
    </message>
    <message>
        <source>there is no entry or person %1</source>
        <translation>er is geen item of persoon %1</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Geldend: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>samengevoegd met %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>an unreadable version by %1</source>
        <translation>een onleesbare versie van %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (door %2, %3)</translation>
    </message>
    <message>
        <source>answer a gap `dayweave away` lists (its number, or a time in it)</source>
        <translation>beantwoord een afwezigheid uit `dayweave away` (het nummer, of een tijd erin)</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligt vóór --from</translation>
    </message>
    <message>
        <source>-o: there is no folder %1</source>
        <translation>-o: de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Written to %1: %2 entries.</source>
        <translation>Geschreven naar %1: %2 items.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1 is not JSON: import takes a Dayweave backup (.json), a Timewarrior export or a Watson log --json</source>
        <translation>%1 is geen JSON: import leest een Dayweave-back-up (.json), een Timewarrior-export of een Watson log --json</translation>
    </message>
    <message>
        <source>the import stopped after %1 entries: %2</source>
        <translation>de import stopte na %1 items: %2</translation>
    </message>
    <message>
        <source>Blocks already here it would trim: %1.</source>
        <translation>Blokken die er al zijn en die het zou inkorten: %1.</translation>
    </message>
    <message>
        <source>Blocks already here trimmed: %1.</source>
        <translation>Blokken die er al waren ingekort: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would do this:</source>
        <translation>Proefrun: er is niets geschreven. De import zou dit doen:</translation>
    </message>
    <message>
        <source>Entries: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Items: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <source>People: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Mensen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <source>Settings: updated (the backup&apos;s were newer).</source>
        <translation>Instellingen: bijgewerkt (die van de back-up waren nieuwer).</translation>
    </message>
    <message>
        <source>Settings: unchanged.</source>
        <translation>Instellingen: ongewijzigd.</translation>
    </message>
    <message>
        <source>Bad records, skipped: %1</source>
        <translation>Foute records, overgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CliTime</name>
    <message>
        <source>%1 on %2 comes twice in %3: took the first; for the second, give %4</source>
        <translation>%1 op %2 komt twee keer voor in %3: de eerste is genomen; geef voor de tweede %4</translation>
    </message>
</context>
<context>
    <name>CommandServer</name>
    <message>
        <source>Dayweave could not open its socket (%1): the command line writes on its own.</source>
        <translation>Dayweave kon zijn socket niet openen (%1): de opdrachtregel schrijft zelf.</translation>
    </message>
</context>
<context>
    <name>ContactStrip</name>
    <message>
        <source>Contacts over time</source>
        <translation>Contacten door de tijd</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>Nog geen contact met deze persoon.</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <source>Work and life per day</source>
        <translation>Werk en privé per dag</translation>
    </message>
    <message numerus="yes">
        <source>%1: work %2, life %3, %n switch(es)</source>
        <translation>
            <numerusform>%1: werk %2, privé %3, %n wisseling</numerusform>
            <numerusform>%1: werk %2, privé %3, %n wisselingen</numerusform>
        </translation>
    </message>
    <message>
        <source>switches</source>
        <translation>wisselingen</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Day list</source>
        <translation>Daglijst</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Tijd weg</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>nog niet beantwoord</translation>
    </message>
</context>
<context>
    <name>DevicesBox</name>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Last wrote</source>
        <translation>Laatst geschreven</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Hernoemen...</translation>
    </message>
    <message>
        <source>Retire...</source>
        <translation>Buiten gebruik stellen...</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dit apparaat</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>buiten gebruik</translation>
    </message>
    <message numerus="yes">
        <source>not seen for %n day(s)</source>
        <translation>
            <numerusform>%n dag niet gezien</numerusform>
            <numerusform>%n dagen niet gezien</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>Apparaat hernoemen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <source>Retire %1? Its history stays; it is no longer marked when it stays away.</source>
        <translation>%1 buiten gebruik stellen? De geschiedenis blijft; het wordt niet meer gemeld als het wegblijft.</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Apparaat buiten gebruik stellen</translation>
    </message>
</context>
<context>
    <name>DriftingToggle</name>
    <message>
        <source>Only the people whose gaps are growing: the time since the last contact is longer than their usual gap and their rhythm</source>
        <translation>Alleen wie uit beeld raakt: de tijd sinds het laatste contact is langer dan de gebruikelijke tussenpoos en dan het ritme</translation>
    </message>
    <message>
        <source>Drifting (…)</source>
        <translation>Uit beeld (…)</translation>
    </message>
    <message>
        <source>Drifting (%1)</source>
        <translation>Uit beeld (%1)</translation>
    </message>
    <message>
        <source>Drifting</source>
        <translation>Uit beeld</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit entry</source>
        <translation>Item bewerken</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Oorzaak:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Een label</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>De oorzaak</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>De notities</translation>
    </message>
    <message>
        <source>The next action</source>
        <translation>De volgende actie</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Een e-mailadres</translation>
    </message>
    <message>
        <source>Your own team</source>
        <translation>Je eigen team</translation>
    </message>
    <message>
        <source>The first hour for nudges</source>
        <translation>Het eerste uur voor herinneringen</translation>
    </message>
    <message>
        <source>The last hour for nudges</source>
        <translation>Het laatste uur voor herinneringen</translation>
    </message>
    <message>
        <source>Days between contacts</source>
        <translation>Het aantal dagen tussen contacten</translation>
    </message>
    <message>
        <source>The number of nudges a day</source>
        <translation>Het aantal herinneringen per dag</translation>
    </message>
    <message>
        <source>Days between live meetings</source>
        <translation>Het aantal dagen tussen live ontmoetingen</translation>
    </message>
    <message>
        <source>The first day of the week</source>
        <translation>De eerste dag van de week</translation>
    </message>
    <message>
        <source>Minutes away before Dayweave asks</source>
        <translation>Minuten weg voordat Dayweave het vraagt</translation>
    </message>
    <message>
        <source>Asking about time away</source>
        <translation>Vragen naar tijd weg</translation>
    </message>
    <message>
        <source>Offering a call when the microphone is in use</source>
        <translation>Een gesprek aanbieden als de microfoon in gebruik is</translation>
    </message>
    <message>
        <source>The weekly review moment</source>
        <translation>Het moment voor het weekoverzicht</translation>
    </message>
    <message>
        <source>The day of the weekly review</source>
        <translation>De dag van het weekoverzicht</translation>
    </message>
    <message>
        <source>The hour of the weekly review</source>
        <translation>Het uur van het weekoverzicht</translation>
    </message>
    <message>
        <source>The intention</source>
        <translation>Het voornemen</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Verloren tijd</translation>
    </message>
    <message>
        <source>The disruption&apos;s end</source>
        <translation>Het einde van de verstoring</translation>
    </message>
    <message>
        <source>%field must be text.</source>
        <translation>%field moet tekst zijn.</translation>
    </message>
    <message>
        <source>%field is longer than %limit characters.</source>
        <translation>%field is langer dan %limit tekens.</translation>
    </message>
    <message>
        <source>%field contains a character that cannot be stored.</source>
        <translation>%field bevat een teken dat niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>&apos;%zone&apos; is not a known time zone.</source>
        <translation>&apos;%zone&apos; is geen bekende tijdzone.</translation>
    </message>
    <message>
        <source>That is not a time.</source>
        <translation>Dat is geen tijd.</translation>
    </message>
    <message>
        <source>A moment has no end.</source>
        <translation>Een moment heeft geen einde.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
    <message>
        <source>The tag &apos;%tag&apos; must be one word.</source>
        <translation>Het label &apos;%tag&apos; moet één woord zijn.</translation>
    </message>
    <message>
        <source>Someone in this entry is not a known person.</source>
        <translation>Iemand in deze registratie is geen bekende persoon.</translation>
    </message>
    <message>
        <source>Only a disruption has a cause.</source>
        <translation>Alleen een storing heeft een oorzaak.</translation>
    </message>
    <message>
        <source>%field is empty.</source>
        <translation>%field is leeg.</translation>
    </message>
    <message>
        <source>Only a disruption has time lost.</source>
        <translation>Alleen een storing heeft verloren tijd.</translation>
    </message>
    <message>
        <source>Time lost must be whole minutes, at most a day.</source>
        <translation>Verloren tijd moet in hele minuten, hooguit een dag.</translation>
    </message>
    <message>
        <source>Only a disruption lasts.</source>
        <translation>Alleen een verstoring duurt.</translation>
    </message>
    <message>
        <source>The disruption ends before it starts.</source>
        <translation>De verstoring eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>A disruption lasts at most a day.</source>
        <translation>Een verstoring duurt hoogstens een dag.</translation>
    </message>
    <message>
        <source>&apos;%circle&apos; is not a circle.</source>
        <translation>&apos;%circle&apos; is geen kring.</translation>
    </message>
    <message>
        <source>At most 20 e-mail addresses.</source>
        <translation>Hooguit 20 e-mailadressen.</translation>
    </message>
    <message>
        <source>&apos;%email&apos; is not an e-mail address.</source>
        <translation>&apos;%email&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>%field must be a whole number from %low to %high.</source>
        <translation>%field moet een heel getal van %low tot en met %high zijn.</translation>
    </message>
    <message>
        <source>Nudges must end after they start.</source>
        <translation>Herinneringen moeten eindigen nadat ze beginnen.</translation>
    </message>
    <message>
        <source>Choose at least one day for nudges.</source>
        <translation>Kies minstens één dag voor herinneringen.</translation>
    </message>
    <message>
        <source>Dayweave does not speak that language.</source>
        <translation>Dayweave spreekt die taal niet.</translation>
    </message>
    <message>
        <source>%kind has run only since %since.</source>
        <translation>%kind loopt pas sinds %since.</translation>
    </message>
    <message>
        <source>That is %hours hours: give the day it ended too, if you mean it.</source>
        <translation>Dat is %hours uur: geef ook de dag waarop het eindigde, als je dat bedoelt.</translation>
    </message>
    <message>
        <source>%kind would run from %since, %hours hours: it would replace every block since then.</source>
        <translation>%kind zou lopen vanaf %since, %hours uur: het zou elk blok sindsdien vervangen.</translation>
    </message>
    <message>
        <source>At most 50 other names.</source>
        <translation>Hooguit 50 andere namen.</translation>
    </message>
    <message>
        <source>The time given and the time in the line disagree: give one of them.</source>
        <translation>De opgegeven tijd en de tijd in de regel verschillen: geef er één.</translation>
    </message>
    <message>
        <source>The cause given and the cause in the line disagree: give one of them.</source>
        <translation>De opgegeven oorzaak en de oorzaak in de regel verschillen: geef er één.</translation>
    </message>
    <message>
        <source>%name is already in your people.</source>
        <translation>%name staat al bij je mensen.</translation>
    </message>
    <message>
        <source>Nobody in your people is called %name.</source>
        <translation>Niemand bij je mensen heet %name.</translation>
    </message>
    <message>
        <source>No next action agreed with %name to mark done.</source>
        <translation>Geen volgende actie met %name afgesproken om als gedaan te markeren.</translation>
    </message>
    <message>
        <source>%name is one record already.</source>
        <translation>%name is al één persoon.</translation>
    </message>
    <message>
        <source>&apos;%name&apos; could be %candidates: give the full name.</source>
        <translation>&apos;%name&apos; kan %candidates zijn: geef de volledige naam.</translation>
    </message>
    <message>
        <source>%fields cannot be changed.</source>
        <translation>%fields kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%what&apos; cannot be stopped.</source>
        <translation>&apos;%what&apos; kan niet worden gestopt.</translation>
    </message>
    <message>
        <source>That entry is no longer there.</source>
        <translation>Dat item bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no setting %name.</source>
        <translation>Er is geen instelling %name.</translation>
    </message>
    <message>
        <source>There is no device %name in the data folder.</source>
        <translation>Er is geen apparaat %name in de gegevensmap.</translation>
    </message>
    <message>
        <source>%name is the name of more than one device: give its id (%candidates).</source>
        <translation>%name is de naam van meer dan één apparaat: geef de id (%candidates).</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>De nieuwe naam is leeg.</translation>
    </message>
    <message>
        <source>The year %year is outside %low-%high.</source>
        <translation>Het jaar %year valt buiten %low-%high.</translation>
    </message>
    <message>
        <source>%field is not a whole number.</source>
        <translation>%field is geen geheel getal.</translation>
    </message>
    <message>
        <source>%time does not exist on %day in %zone: the clocks skip it.</source>
        <translation>%time bestaat niet op %day in %zone: de klok slaat het over.</translation>
    </message>
    <message>
        <source>Your own e-mails must be e-mail addresses.</source>
        <translation>Je eigen e-mails moeten e-mailadressen zijn.</translation>
    </message>
    <message>
        <source>%path is not a full path.</source>
        <translation>%path is geen volledig pad.</translation>
    </message>
    <message>
        <source>There is no %path.</source>
        <translation>%path bestaat niet.</translation>
    </message>
    <message>
        <source>%path is not an .ics file or a folder of them.</source>
        <translation>%path is geen .ics-bestand of een map daarvan.</translation>
    </message>
    <message>
        <source>%path is not a regular file or a folder.</source>
        <translation>%path is geen gewoon bestand of map.</translation>
    </message>
    <message>
        <source>%path is not one of your calendars.</source>
        <translation>%path is niet een van je agenda&apos;s.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Kon %1 niet opslaan: %2.</translation>
    </message>
    <message>
        <source>this data was written by a newer Dayweave; please update</source>
        <translation>deze gegevens zijn door een nieuwere Dayweave geschreven; werk Dayweave bij</translation>
    </message>
    <message>
        <source>Another Dayweave is busy with this data folder; try again in a moment.</source>
        <translation>Een andere Dayweave is bezig met deze gegevensmap; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>it is a pipe, a device or a socket, which Dayweave never reads</source>
        <translation>het is een pipe, een apparaat of een socket, en die leest Dayweave nooit</translation>
    </message>
    <message>
        <source>a sync tool&apos;s conflict copy here means two machines write as this device; remove the file device-id from the configuration folder of one of them</source>
        <translation>een conflictkopie van een synchronisatieprogramma hier betekent dat twee computers als dit apparaat schrijven; verwijder het bestand device-id uit de configuratiemap van een van beide</translation>
    </message>
    <message>
        <source>it was empty</source>
        <translation>het was leeg</translation>
    </message>
    <message>
        <source>it held only zero bytes, as a crash can leave</source>
        <translation>het bevatte alleen nulbytes, zoals een crash kan achterlaten</translation>
    </message>
    <message>
        <source>it was not readable data</source>
        <translation>het waren geen leesbare gegevens</translation>
    </message>
    <message>
        <source>it did not hold Dayweave&apos;s data</source>
        <translation>het bevatte geen gegevens van Dayweave</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>het kon niet worden gelezen</translation>
    </message>
    <message>
        <source>it was a pipe, a device or a socket</source>
        <translation>het was een pipe, een apparaat of een socket</translation>
    </message>
    <message>
        <source>%1 was damaged (%2).</source>
        <translation>%1 was beschadigd (%2).</translation>
    </message>
    <message>
        <source>Its backup of %1 is back in its place.</source>
        <translation>De reservekopie van %1 staat weer op zijn plaats.</translation>
    </message>
    <message>
        <source>The defaults take its place.</source>
        <translation>De standaardwaarden nemen zijn plaats in.</translation>
    </message>
    <message>
        <source>No backup held it; it starts empty.</source>
        <translation>Geen reservekopie bevatte het; het begint leeg.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>Het bestand bevat geen vCard.</translation>
    </message>
    <message>
        <source>Card %1 is not a readable vCard.</source>
        <translation>Kaart %1 is geen leesbare vCard.</translation>
    </message>
    <message>
        <source>Card %1 has no name.</source>
        <translation>Kaart %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>&apos;%kind&apos; is not a kind; use work, life, call, meeting, disruption or contact.</source>
        <translation>&apos;%kind&apos; is geen soort; gebruik werk, privé, gesprek, afspraak, storing of contact.</translation>
    </message>
    <message>
        <source>A contact is with someone: say who.</source>
        <translation>Contact is met iemand: zeg met wie.</translation>
    </message>
    <message>
        <source>a temp file a killed writer left; `dayweave check --repair` removes it</source>
        <translation>een tijdelijk bestand van een afgebroken schrijver; `dayweave check --repair` ruimt het op</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file holds zero bytes, as a crash can leave</source>
        <translation>het bestand bevat nulbytes, zoals een crash ze kan achterlaten</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>geen geldige JSON</translation>
    </message>
    <message>
        <source>it does not hold Dayweave&apos;s data</source>
        <translation>het bevat geen gegevens van Dayweave</translation>
    </message>
    <message>
        <source>it is a link, which Dayweave never follows</source>
        <translation>het is een koppeling, en die volgt Dayweave nooit</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>het kan niet gelezen worden</translation>
    </message>
    <message>
        <source>a record in it is skipped by readers</source>
        <translation>een record erin wordt bij het lezen overgeslagen</translation>
    </message>
    <message>
        <source>Minutes before a break suggestion</source>
        <translation>Minuten tot een voorstel voor een pauze</translation>
    </message>
    <message>
        <source>How nudges show</source>
        <translation>Hoe herinneringen verschijnen</translation>
    </message>
    <message>
        <source>%field must be one of %choices.</source>
        <translation>%field moet een van deze zijn: %choices.</translation>
    </message>
    <message>
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Items teruggezet uit het beschadigde bestand: %1.</translation>
    </message>
    <message>
        <source>A split gap needs two or more parts.</source>
        <translation>Een gesplitste afwezigheid heeft twee of meer delen nodig.</translation>
    </message>
    <message>
        <source>The parts must follow each other from the gap&apos;s start to its end.</source>
        <translation>De delen moeten op elkaar volgen, van het begin van de afwezigheid tot het eind.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Oorzaak: %1</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Agenda (iCalendar)</translation>
    </message>
    <message>
        <source>Full backup (JSON)</source>
        <translation>Volledige back-up (JSON)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Bezig met exporteren...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export a range of days</source>
        <translation>Een reeks dagen exporteren</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Save this week or a range of days as CSV, iCalendar or JSON</source>
        <translation>Deze week of een reeks dagen opslaan als CSV, iCalendar of JSON</translation>
    </message>
    <message>
        <source>This week: %1...</source>
        <translation>Deze week: %1...</translation>
    </message>
    <message>
        <source>A range of days...</source>
        <translation>Een reeks dagen...</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>After the call with %1</source>
        <translation>Na het gesprek met %1</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <source>e.g. back from holiday in Portugal</source>
        <translation>bijv. terug van vakantie in Portugal</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <source>It was done: the review and their page count it kept</source>
        <translation>Het is gedaan: het overzicht en hun pagina tellen het als gedaan</translation>
    </message>
    <message>
        <source>the next action (its words were not kept)</source>
        <translation>de volgende actie (de woorden zijn niet bewaard)</translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Vorige keer afgesproken: %1</translation>
    </message>
    <message>
        <source>Next &amp;action agreed:</source>
        <translation>Volgende &amp;actie afgesproken:</translation>
    </message>
    <message>
        <source>Something &amp;personal:</source>
        <translation>Iets &amp;persoonlijks:</translation>
    </message>
    <message>
        <source>Both are optional; they show when you next call.</source>
        <translation>Beide zijn optioneel; je ziet ze bij het volgende gesprek.</translation>
    </message>
</context>
<context>
    <name>ForgottenBlockDialog</name>
    <message>
        <source>Still running?</source>
        <translation>Loopt het nog?</translation>
    </message>
    <message>
        <source>%1 has been running since %2. When did it end?</source>
        <translation>%1 loopt sinds %2. Wanneer is het geëindigd?</translation>
    </message>
    <message>
        <source>The computer went to sleep at %1.</source>
        <translation>De computer ging om %1 in slaap.</translation>
    </message>
    <message>
        <source>Dayweave last saw the computer in use at %1.</source>
        <translation>Dayweave zag de computer voor het laatst in gebruik om %1.</translation>
    </message>
    <message>
        <source>&amp;Ended at %1</source>
        <translation>&amp;Geëindigd om %1</translation>
    </message>
    <message>
        <source>End at &amp;this time</source>
        <translation>Op &amp;deze tijd beëindigen</translation>
    </message>
    <message>
        <source>&amp;Still running</source>
        <translation>Loopt &amp;nog</translation>
    </message>
    <message>
        <source>That is before the block began.</source>
        <translation>Dat is vóór het begin van het blok.</translation>
    </message>
    <message>
        <source>That is still to come.</source>
        <translation>Dat moet nog komen.</translation>
    </message>
</context>
<context>
    <name>GapNotice</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>Een pauze</translation>
    </message>
    <message>
        <source>A disruption…</source>
        <translation>Een verstoring…</translation>
    </message>
    <message>
        <source>A live meeting…</source>
        <translation>Een live afspraak…</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Nog aan het werk</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Splitsen…</translation>
    </message>
    <message>
        <source>Dayweave: time away</source>
        <translation>Dayweave: tijd weg</translation>
    </message>
    <message>
        <source>You were away %1–%2 (%3). What was it?</source>
        <translation>Je was weg %1–%2 (%3). Wat was het?</translation>
    </message>
</context>
<context>
    <name>GapQuestion</name>
    <message>
        <source>Dayweave: time away</source>
        <translation>Dayweave: tijd weg</translation>
    </message>
    <message>
        <source>You were away %1–%2 (%3). What was it?</source>
        <translation>Je was weg %1–%2 (%3). Wat was het?</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>Een pauze</translation>
    </message>
    <message>
        <source>A live meeting with...</source>
        <translation>Een live afspraak met...</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Nog aan het werk</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>A disruption:</source>
        <translation>Een verstoring:</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>Een live afspraak</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>Met wie? (namen gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>Splitsen...</translation>
    </message>
</context>
<context>
    <name>GapSplit</name>
    <message>
        <source>A break</source>
        <translation>Een pauze</translation>
    </message>
    <message>
        <source>A disruption</source>
        <translation>Een verstoring</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>Een live afspraak</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Nog aan het werk</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>Met wie? (namen gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>Split the time away</source>
        <translation>De tijd weg splitsen</translation>
    </message>
    <message>
        <source>%1–%2 was several things: until when was each?</source>
        <translation>%1–%2 was meerdere dingen: tot wanneer duurde elk?</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Deel toevoegen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Beantwoorden</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Dayweave: log a disruption</source>
        <translation>Dayweave: verstoring vastleggen</translation>
    </message>
</context>
<context>
    <name>IntentionBox</name>
    <message>
        <source>e.g. call Anna before Wednesday</source>
        <translation>bijv. Anna bellen vóór woensdag</translation>
    </message>
    <message>
        <source>&amp;Intention for the week of %1:</source>
        <translation>&amp;Voornemen voor de week van %1:</translation>
    </message>
</context>
<context>
    <name>IntentionLine</name>
    <message>
        <source>The week&apos;s intention</source>
        <translation>Het voornemen van de week</translation>
    </message>
    <message>
        <source>Intention for the week: %1</source>
        <translation>Voornemen voor de week: %1</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Who is %1?</source>
        <translation>Wie is %1?</translation>
    </message>
    <message>
        <source>Several people are called %1. Which one?</source>
        <translation>Meerdere mensen heten %1. Wie bedoel je?</translation>
    </message>
    <message>
        <source>Log %1 hours?</source>
        <translation>%1 uur vastleggen?</translation>
    </message>
    <message>
        <source>That is %1 hours, which is usually a typo. Log it anyway?</source>
        <translation>Dat is %1 uur, meestal een tikfout. Toch vastleggen?</translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation>Welke %1?</translation>
    </message>
    <message>
        <source>%1 on %2 comes twice in %3: the clocks go back. Which one did you mean?</source>
        <translation>%1 op %2 komt twee keer voor in %3: de klok gaat terug. Welke bedoel je?</translation>
    </message>
    <message>
        <source>The first (%1)</source>
        <translation>De eerste (%1)</translation>
    </message>
    <message>
        <source>The second (%1)</source>
        <translation>De tweede (%1)</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beëindigd: %1</translation>
    </message>
    <message>
        <source>Already running: %1</source>
        <translation>Loopt al: %1</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>What disrupted you?</source>
        <translation>Wat verstoorde je?</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>ManyPeople</name>
    <message numerus="yes">
        <source>Removed %n person(s).</source>
        <translation>
            <numerusform>%n persoon verwijderd.</numerusform>
            <numerusform>%n mensen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set circle</source>
        <translation>Kring kiezen</translation>
    </message>
    <message numerus="yes">
        <source>Circle for %n selected person(s):</source>
        <translation>
            <numerusform>Kring voor %n gekozen persoon:</numerusform>
            <numerusform>Kring voor %n gekozen mensen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) now in %1</source>
        <translation>
            <numerusform>%n persoon nu in %1</numerusform>
            <numerusform>%n mensen nu in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPrompt</name>
    <message>
        <source>Dayweave: a planned meeting starts</source>
        <translation>Dayweave: een geplande afspraak begint</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>First minutes: connect with %1</source>
        <translation>Eerste minuten: maak contact met %1</translation>
    </message>
    <message>
        <source>What matters to them: %1</source>
        <translation>Wat voor hen telt: %1</translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Vorige keer afgesproken: %1</translation>
    </message>
    <message>
        <source>First minutes: connect. Ask how they are before the agenda.</source>
        <translation>Eerste minuten: maak contact. Vraag hoe het gaat voor de agenda.</translation>
    </message>
    <message>
        <source>Log it as a live meeting</source>
        <translation>Vastleggen als live ontmoeting</translation>
    </message>
    <message>
        <source>Log it as a call</source>
        <translation>Vastleggen als gesprek</translation>
    </message>
    <message>
        <source>%1 is not in your people</source>
        <translation>%1 staat niet bij je mensen</translation>
    </message>
    <message>
        <source>Add to People</source>
        <translation>Toevoegen aan Mensen</translation>
    </message>
</context>
<context>
    <name>MicrophoneRow</name>
    <message>
        <source>Microphone in use: offer to log a call, and to end it</source>
        <translation>Microfoon in gebruik: aanbieden een gesprek vast te leggen, en te beëindigen</translation>
    </message>
    <message>
        <source>Dayweave never records nor listens: it only sees that a program records.</source>
        <translation>Dayweave neemt nooit op en luistert nooit mee: het ziet alleen dat een programma opneemt.</translation>
    </message>
    <message>
        <source>Heard through: %1</source>
        <translation>Gehoord via: %1</translation>
    </message>
    <message>
        <source>No sound server answers here: calls are not noticed.</source>
        <translation>Hier antwoordt geen geluidsserver: gesprekken worden niet opgemerkt.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>I reached out</source>
        <translation>Ik heb contact gehad</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Plan it...</source>
        <translation>Plannen...</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Over 1 uur</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Vandaag overslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Open het overzicht</translation>
    </message>
</context>
<context>
    <name>NudgePopup</name>
    <message>
        <source>Dayweave nudge</source>
        <translation>Dayweave-herinnering</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>Ik heb contact gehad</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Open het overzicht</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Plan it...</source>
        <translation>Plannen...</translation>
    </message>
    <message>
        <source>Log a contact with them now</source>
        <translation>Leg nu een contact met hen vast</translation>
    </message>
</context>
<context>
    <name>Nudges</name>
    <message>
        <source>Reach out: %1</source>
        <translation>Neem contact op: %1</translation>
    </message>
    <message>
        <source>Plan a live meeting</source>
        <translation>Plan een live afspraak</translation>
    </message>
    <message>
        <source>First minutes: connect with %1</source>
        <translation>Eerste minuten: maak contact met %1</translation>
    </message>
    <message>
        <source>Your week in review</source>
        <translation>Je week in overzicht</translation>
    </message>
    <message>
        <source>Last minutes: agree a concrete action</source>
        <translation>Laatste minuten: spreek een concrete actie af</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nog nooit gesproken</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>laatste contact %n dag geleden</numerusform>
            <numerusform>laatste contact %n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No live meeting yet.</source>
        <translation>Nog geen live afspraak.</translation>
    </message>
    <message numerus="yes">
        <source>No live meeting for %n day(s).</source>
        <translation>
            <numerusform>Al %n dag geen live afspraak.</numerusform>
            <numerusform>Al %n dagen geen live afspraak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Vorige keer afgesproken: %1</translation>
    </message>
    <message>
        <source>Ask how they are before the agenda.</source>
        <translation>Vraag hoe het gaat, vóór de agenda.</translation>
    </message>
    <message>
        <source>A look back at the week, and one intention for the next.</source>
        <translation>Een blik terug op de week, en één voornemen voor de volgende.</translation>
    </message>
    <message>
        <source>Agree who does what, by when.</source>
        <translation>Spreek af wie wat doet, en wanneer.</translation>
    </message>
    <message>
        <source>You have been focused for a while: time for a short break.</source>
        <translation>Je bent al een tijd geconcentreerd bezig: tijd voor een korte pauze.</translation>
    </message>
    <message>
        <source>After this call</source>
        <translation>Na dit gesprek</translation>
    </message>
    <message>
        <source>After this life block</source>
        <translation>Na dit privéblok</translation>
    </message>
    <message>
        <source>After this life block (%1)</source>
        <translation>Na dit privéblok (%1)</translation>
    </message>
    <message>
        <source>Nudges start once you have logged something</source>
        <translation>Herinneringen beginnen zodra je iets hebt vastgelegd</translation>
    </message>
    <message>
        <source>Your first day: nudges from %1</source>
        <translation>Je eerste dag: herinneringen vanaf %1</translation>
    </message>
    <message>
        <source>At the next pause (%1)</source>
        <translation>Bij de volgende pauze (%1)</translation>
    </message>
    <message>
        <source>Outside your nudge hours, until %1</source>
        <translation>Buiten je uren voor herinneringen, tot %1</translation>
    </message>
    <message>
        <source>Enough nudges for today, until %1</source>
        <translation>Genoeg herinneringen voor vandaag, tot %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Uitgesteld tot %1</translation>
    </message>
    <message>
        <source>Some room after the last nudge, until %1</source>
        <translation>Even ruimte na de vorige herinnering, tot %1</translation>
    </message>
    <message>
        <source>Live meeting with %1</source>
        <translation>Live afspraak met %1</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
    <message>
        <source>Also invite (no e-mail address known): %1</source>
        <translation>Nodig ook uit (geen e-mailadres bekend): %1</translation>
    </message>
</context>
<context>
    <name>PeerImport</name>
    <message>
        <source>its tags are not a list of words</source>
        <translation>de tags zijn geen lijst van woorden</translation>
    </message>
    <message>
        <source>it is %1 hours long; a block is at most 16 hours</source>
        <translation>het duurt %1 uur; een blok duurt hoogstens 16 uur</translation>
    </message>
    <message>
        <source>an earlier one has the same start</source>
        <translation>een eerdere heeft hetzelfde begin</translation>
    </message>
    <message>
        <source>not a Dayweave backup, a Timewarrior export or a Watson log</source>
        <translation>geen Dayweave-back-up, Timewarrior-export of Watson-log</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Contacted someone</source>
        <translation>Contact gehad</translation>
    </message>
    <message>
        <source>Anna, Joost</source>
        <translation>Anna, Joost</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What about (optional)</source>
        <translation>Waarover (optioneel)</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <source>Live, in person</source>
        <translation>Live, in persoon</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>&amp;Circle of new people:</source>
        <translation>&amp;Kring van nieuwe mensen:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>New to your people: %1</source>
        <translation>Nieuw in je mensen: %1</translation>
    </message>
    <message>
        <source>No circle yet: %1</source>
        <translation>Nog geen kring: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kring</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende keer</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Wat ertoe doet</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>not nudged (own team)</source>
        <translation>geen herinnering (eigen team)</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>Dayweave: people</source>
        <translation>Dayweave: mensen</translation>
    </message>
    <message>
        <source>Search names, teams, notes (Ctrl+F)</source>
        <translation>Zoek namen, teams, notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Mensen zoeken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Merge into...</source>
        <translation>Samenvoegen met...</translation>
    </message>
    <message>
        <source>One person, two records: keep the other one</source>
        <translation>Eén persoon, twee kaarten: bewaar de andere</translation>
    </message>
    <message>
        <source>Set circle...</source>
        <translation>Kring kiezen...</translation>
    </message>
    <message>
        <source>Give every selected person a circle</source>
        <translation>Geef iedereen in de selectie een kring</translation>
    </message>
    <message>
        <source>Import vCard...</source>
        <translation>vCard importeren...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n mensen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sort %n new people: give them a circle</source>
        <translation>
            <numerusform>deel %n nieuwe persoon in: geef een kring</numerusform>
            <numerusform>deel %n nieuwe mensen in: geef ze een kring</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Mensen samenvoegen</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 samenvoegen met:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <source>Circle for the new people:</source>
        <translation>Kring voor de nieuwe mensen:</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 importeren...</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>What matters to them: family, hobbies, what they care about</source>
        <translation>Wat voor hen telt: gezin, hobby&apos;s, waar ze om geven</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Kring:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Stay in touch &amp;every:</source>
        <translation>Contact houden &amp;elke:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>What &amp;matters to them:</source>
        <translation>Wat voor hen &amp;telt:</translation>
    </message>
    <message>
        <source>Next &amp;action agreed:</source>
        <translation>Volgende &amp;actie afgesproken:</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Next &amp;actions agreed after calls:</source>
        <translation>Volgende &amp;acties afgesproken na gesprekken:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markeer als &amp;gedaan</translation>
    </message>
    <message>
        <source>The action chosen above was done</source>
        <translation>De gekozen actie hierboven is gedaan</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>Ook met</translation>
    </message>
    <message>
        <source>Gap after</source>
        <translation>Tussenpoos erna</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Contacten, nieuwste eerst</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the week</source>
        <translation>Enter of dubbelklikken opent de week</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Next actions agreed, newest first</source>
        <translation>Afgesproken volgende acties, nieuwste eerst</translation>
    </message>
    <message>
        <source>Mark done (Alt+D) marks the chosen one done</source>
        <translation>Markeer als gedaan (Alt+G) markeert de gekozen actie als gedaan</translation>
    </message>
    <message>
        <source>Dayweave: %1</source>
        <translation>Dayweave: %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading their history…</source>
        <translation>Geschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <source>Next action agreed: %1</source>
        <translation>Volgende actie afgesproken: %1</translation>
    </message>
    <message>
        <source>No next action agreed.</source>
        <translation>Geen volgende actie afgesproken.</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>Nog geen contact met deze persoon.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live meeting(s)</source>
        <translation>
            <numerusform>%n live afspraak</numerusform>
            <numerusform>%n live afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s)</source>
        <translation>
            <numerusform>%n ander contact</numerusform>
            <numerusform>%n andere contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>%1 sinds %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rhythm kept in %1 of %2 gaps; the longest gap %n day(s).</source>
        <translation>
            <numerusform>Ritme gehouden in %1 van %2 tussenpozen; de langste tussenpoos %n dag.</numerusform>
            <numerusform>Ritme gehouden in %1 van %2 tussenpozen; de langste tussenpoos %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1 (%n day(s) ago); next due %2.</source>
        <translation>
            <numerusform>Laatste contact %1 (%n dag geleden); weer aan de beurt %2.</numerusform>
            <numerusform>Laatste contact %1 (%n dagen geleden); weer aan de beurt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1 (%n day(s) ago): due now.</source>
        <translation>
            <numerusform>Laatste contact %1 (%n dag geleden): nu aan de beurt.</numerusform>
            <numerusform>Laatste contact %1 (%n dagen geleden): nu aan de beurt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drifting: %1 days since the last contact, usually %n day(s) apart.</source>
        <translation>
            <numerusform>Uit beeld: %1 dagen sinds het laatste contact, meestal %n dag ertussen.</numerusform>
            <numerusform>Uit beeld: %1 dagen sinds het laatste contact, meestal %n dagen ertussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next actions agreed after calls: %1, kept %2.</source>
        <translation>Volgende acties afgesproken na gesprekken: %1, gedaan %2.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>live meeting</source>
        <translation>live afspraak</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>rhythm kept</source>
        <translation>ritme gehouden</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>ritme gemist</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 tot nu</translation>
    </message>
    <message>
        <source>%1, slipped</source>
        <translation>%1, ritme gemist</translation>
    </message>
    <message>
        <source>the next action (its words were not kept)</source>
        <translation>de volgende actie (de woorden zijn niet bewaard)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PersonPages</name>
    <message>
        <source>History...</source>
        <translation>Geschiedenis...</translation>
    </message>
    <message>
        <source>Every contact with them, on a line of time (Enter)</source>
        <translation>Elk contact met deze persoon, op een tijdlijn (Enter)</translation>
    </message>
</context>
<context>
    <name>PlanLiveDialog</name>
    <message>
        <source>Plan a live meeting</source>
        <translation>Plan een live afspraak</translation>
    </message>
    <message>
        <source>Whom to meet in person: the people due, by circle.</source>
        <translation>Wie je in het echt spreekt: wie aan de beurt is, per kring.</translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation>Uit te nodigen mensen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Write invitation</source>
        <translation>Uitnodiging maken</translation>
    </message>
    <message>
        <source>An .ics file your calendar opens; it sends the invitations</source>
        <translation>Een .ics-bestand dat je agenda opent; die verstuurt de uitnodigingen</translation>
    </message>
</context>
<context>
    <name>Planned</name>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Volgende: %1 %2</translation>
    </message>
</context>
<context>
    <name>PlannedEnds</name>
    <message>
        <source>Ended the live meeting with %1 at its planned end %2</source>
        <translation>De live afspraak met %1 beëindigd op het geplande einde %2</translation>
    </message>
    <message>
        <source>Ended the call with %1 at its planned end %2</source>
        <translation>Het gesprek met %1 beëindigd op het geplande einde %2</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <source>9:00-10:30 work Quarterly plan #sales</source>
        <translation>9:00-10:30 werk Kwartaalplan #sales</translation>
    </message>
    <message>
        <source>e.g. &apos;disruption tech wifi dropped&apos; or &apos;call with Anna 14:00-14:30&apos;</source>
        <translation>bijv. &apos;storing techniek wifi viel weg&apos; of &apos;gesprek met Anna 14:00-14:30&apos;</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPanel</name>
    <message>
        <source>Dayweave quick log</source>
        <translation>Dayweave snel vastleggen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Call...</source>
        <translation>Gesprek...</translation>
    </message>
    <message>
        <source>Live meeting...</source>
        <translation>Live afspraak...</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>Contacted someone...</source>
        <translation>Contact gehad...</translation>
    </message>
    <message>
        <source>Other...</source>
        <translation>Anders...</translation>
    </message>
    <message>
        <source>Quick entry, e.g. 9:00-10:30 work plan</source>
        <translation>Snelle invoer, bijv. 9:00-10:30 werk plan</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 mornings</source>
        <translation>%1ochtend</translation>
    </message>
    <message>
        <source>%1 afternoons</source>
        <translation>%1middag</translation>
    </message>
    <message>
        <source>%1 evenings</source>
        <translation>%1avond</translation>
    </message>
    <message>
        <source>Disruptions doubled since %1</source>
        <translation>Verstoringen verdubbeld sinds %1</translation>
    </message>
    <message>
        <source>Disruptions</source>
        <translation>Verstoringen</translation>
    </message>
    <message>
        <source>%1; most are %2, %3.</source>
        <translation>%1; de meeste zijn %2, op %3.</translation>
    </message>
    <message>
        <source>%1; most are %2.</source>
        <translation>%1; de meeste zijn %2.</translation>
    </message>
    <message>
        <source>%1; most strike %2.</source>
        <translation>%1; de meeste vallen op %2.</translation>
    </message>
    <message>
        <source>No one in the circle %1 reached in these %2 days (every %3 days wanted).</source>
        <translation>Niemand uit de kring %1 bereikt in deze %2 dagen (elke %3 dagen gewenst).</translation>
    </message>
    <message>
        <source>No one in the circle %1 reached for %2 days (every %3 days wanted).</source>
        <translation>Niemand uit de kring %1 bereikt in %2 dagen (elke %3 dagen gewenst).</translation>
    </message>
    <message>
        <source>Live meetings: %1 a month, against %2 wanted.</source>
        <translation>Live afspraken: %1 per maand, tegen %2 gewenst.</translation>
    </message>
    <message>
        <source>Work grew from %1 to %2 hours a week in the last four weeks.</source>
        <translation>Werk groeide de laatste vier weken van %1 naar %2 uur per week.</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Nothing stands out in these weeks.</source>
        <translation>Niets valt op in deze weken.</translation>
    </message>
    <message>
        <source>Work and life per week (up to %1 h)</source>
        <translation>Werk en privé per week (tot %1 u)</translation>
    </message>
    <message>
        <source>Switches per day (up to %1)</source>
        <translation>Wissels per dag (tot %1)</translation>
    </message>
    <message>
        <source>Disruptions per week, by cause</source>
        <translation>Verstoringen per week, per oorzaak</translation>
    </message>
    <message>
        <source>Minutes disrupted per week, where known (up to %1)</source>
        <translation>Minuten verstoord per week, waar bekend (tot %1)</translation>
    </message>
    <message>
        <source>When work and life interleave</source>
        <translation>Wanneer werk en privé door elkaar lopen</translation>
    </message>
    <message>
        <source>When disruptions strike</source>
        <translation>Wanneer verstoringen toeslaan</translation>
    </message>
    <message>
        <source>Disrupted for %1 where known; longest when striking %2 %3 (%4)</source>
        <translation>%1 verstoord waar bekend; het langst bij toeslaan op %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2–%3: %n disruption(s)</source>
        <translation>
            <numerusform>%1 %2–%3: %n verstoring</numerusform>
            <numerusform>%1 %2–%3: %n verstoringen</numerusform>
        </translation>
    </message>
    <message>
        <source>, disrupted for %1 where known</source>
        <translation>, %1 verstoord waar bekend</translation>
    </message>
    <message>
        <source>The 360 degrees: people reached per month</source>
        <translation>De 360 graden: mensen bereikt per maand</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>mensen bereikt</translation>
    </message>
    <message>
        <source>live meetings / wanted</source>
        <translation>live afspraken / gewenst</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago (every %3 days); slipping</source>
        <translation>%1: laatst bereikt %2 dagen geleden (elke %3 dagen); raakt uit beeld</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago (every %3 days)</source>
        <translation>%1: laatst bereikt %2 dagen geleden (elke %3 dagen)</translation>
    </message>
    <message>
        <source>Calls: the prompts used, per month</source>
        <translation>Gesprekken: de gebruikte geheugensteuntjes, per maand</translation>
    </message>
    <message>
        <source>calls and live meetings</source>
        <translation>gesprekken en live afspraken</translation>
    </message>
    <message>
        <source>first minutes: connect</source>
        <translation>eerste minuten: contact</translation>
    </message>
    <message>
        <source>last minutes: an action</source>
        <translation>laatste minuten: een actie</translation>
    </message>
    <message>
        <source>next actions agreed</source>
        <translation>volgende acties afgesproken</translation>
    </message>
    <message>
        <source>next actions kept</source>
        <translation>volgende acties gedaan</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Laatste %1 weken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>%1 (new person)</source>
        <translation>%1 (nieuwe persoon)</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (nu %2)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <source>trimmed %1 to %2</source>
        <translation>%1 ingekort tot %2</translation>
    </message>
    <message>
        <source>split off %1 %2</source>
        <translation>%1 %2 afgesplitst</translation>
    </message>
    <message>
        <source>replaced %1 %2</source>
        <translation>%1 %2 vervangen</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Dayweave settings</source>
        <translation>Dayweave-instellingen</translation>
    </message>
    <message>
        <source>e.g. Product</source>
        <translation>bijv. Product</translation>
    </message>
    <message>
        <source>me@work.example, me@home.example</source>
        <translation>ik@werk.example, ik@thuis.example</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>First and last minutes of calls: show prompts</source>
        <translation>Eerste en laatste minuten van gesprekken: tips tonen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Start Dayweave with my session</source>
        <translation>Dayweave starten bij het aanmelden</translation>
    </message>
    <message>
        <source>My &amp;team:</source>
        <translation>Mijn &amp;team:</translation>
    </message>
    <message>
        <source>Nudges between:</source>
        <translation>Herinneringen tussen:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>At most nudges a &amp;day:</source>
        <translation>Hoogstens herinneringen per &amp;dag:</translation>
    </message>
    <message>
        <source>Stay in touch &amp;every:</source>
        <translation>Contact houden &amp;elke:</translation>
    </message>
    <message>
        <source>A &amp;live meeting every:</source>
        <translation>Een &amp;live afspraak elke:</translation>
    </message>
    <message>
        <source>Des&amp;ktop</source>
        <translation>&amp;Bureaublad</translation>
    </message>
    <message>
        <source>Data and de&amp;vices</source>
        <translation>&amp;Gegevens en apparaten</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Gesprekken:</translation>
    </message>
    <message>
        <source>Log a disruption from anywhere:</source>
        <translation>Overal een verstoring vastleggen:</translation>
    </message>
    <message>
        <source>Weekly review:</source>
        <translation>Weekoverzicht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>Week begint op:</translation>
    </message>
    <message>
        <source>My e-&amp;mail addresses:</source>
        <translation>Mijn e-&amp;mailadressen:</translation>
    </message>
    <message>
        <source>&amp;Nudges</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Agenda&apos;s:</translation>
    </message>
    <message>
        <source>Export everything...</source>
        <translation>Alles exporteren...</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Je gegevens:</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>What went wrong, kept without your titles, names or notes: send it with a problem report.</source>
        <translation>Wat er misging, bewaard zonder je titels, namen of notities: stuur het mee met een probleemmelding.</translation>
    </message>
    <message>
        <source>When something goes wrong:</source>
        <translation>Als er iets misgaat:</translation>
    </message>
    <message>
        <source>Ask what the time away was, after</source>
        <translation>Vragen wat de tijd weg was, na</translation>
    </message>
    <message>
        <source>Away is detected through: %1</source>
        <translation>Weg zijn wordt herkend via: %1</translation>
    </message>
    <message>
        <source>Nothing on this desktop says when you are away: no question is asked.</source>
        <translation>Niets op dit bureaublad zegt wanneer je weg bent: er wordt niets gevraagd.</translation>
    </message>
    <message>
        <source>Offer the review of the week on</source>
        <translation>Bied het overzicht van de week aan op</translation>
    </message>
    <message>
        <source>Standard (Monday)</source>
        <translation>Standaard (maandag)</translation>
    </message>
    <message>
        <source>No file manager opened %1.</source>
        <translation>Geen bestandsbeheerder opende %1.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Inside a work block, nudges wait for a pause: after a call, a switch, your return, or this long without one, as a break suggestion.</source>
        <translation>In een werkblok wachten herinneringen op een pauze: na een gesprek, een wissel, je terugkomst, of na zo lang zonder pauze, als voorstel voor een pauze.</translation>
    </message>
    <message>
        <source>Notifications where the desktop shows their buttons</source>
        <translation>Meldingen, als het bureaublad hun knoppen toont</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Bureaubladmeldingen</translation>
    </message>
    <message>
        <source>Dayweave&apos;s own popup</source>
        <translation>Het eigen venstertje van Dayweave</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after:</source>
        <translation>Stel een &amp;pauze voor na:</translation>
    </message>
    <message>
        <source>Show nudges &amp;as:</source>
        <translation>Herinneringen tonen &amp;als:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Apparaten:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Start Dayweave with your session? You can change this in Settings.</source>
        <translation>Dayweave starten wanneer je je aanmeldt? Je kunt dit wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Dayweave is in your system tray: right-click to log, left-click for the panel</source>
        <translation>Dayweave staat in je systeemvak: rechtsklik om vast te leggen, linksklik voor het paneel</translation>
    </message>
    <message>
        <source>No system tray was found, so Dayweave runs in this window. Closing it quits Dayweave.</source>
        <translation>Er is geen systeemvak gevonden, dus Dayweave draait in dit venster. Sluiten beëindigt Dayweave.</translation>
    </message>
    <message>
        <source>Dayweave repaired its data</source>
        <translation>Dayweave heeft zijn gegevens hersteld</translation>
    </message>
</context>
<context>
    <name>ShortcutRow</name>
    <message>
        <source>the desktop&apos;s global shortcuts</source>
        <translation>de sneltoetsen van het bureaublad</translation>
    </message>
    <message>
        <source>KDE&apos;s global shortcuts</source>
        <translation>de globale sneltoetsen van KDE</translation>
    </message>
    <message>
        <source>a GNOME keyboard shortcut</source>
        <translation>een sneltoets van GNOME</translation>
    </message>
    <message>
        <source>This desktop offers no shortcut Dayweave can set: bind one in its settings to the command %1</source>
        <translation>Dit bureaublad biedt geen sneltoets die Dayweave kan instellen: koppel er in de instellingen een aan het commando %1</translation>
    </message>
    <message>
        <source>%1 logs a disruption (through %2).</source>
        <translation>%1 legt een verstoring vast (via %2).</translation>
    </message>
    <message>
        <source>Bind again</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <source>Not bound yet (through %2).</source>
        <translation>Nog niet gekoppeld (via %2).</translation>
    </message>
    <message>
        <source>Bind Super+Shift+D</source>
        <translation>Super+Shift+D koppelen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the data folder %1 is read-only for you (%2)</source>
        <translation>de gegevensmap %1 is voor jou alleen-lezen (%2)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is geen map</translation>
    </message>
    <message>
        <source>%1 is open to other users (%2) and not yours to make private</source>
        <translation>%1 staat open voor andere gebruikers (%2) en is niet van jou om af te schermen</translation>
    </message>
    <message>
        <source>%1 holds %2, the start of the device folder %3: put %3 in it</source>
        <translation>%1 bevat %2, het begin van de apparaatmap %3: zet %3 erin</translation>
    </message>
    <message>
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Items teruggezet uit het beschadigde bestand: %1.</translation>
    </message>
    <message>
        <source>%1 files or folders are open to other users; check --repair closes them</source>
        <translation>%1 bestanden of mappen staan open voor andere gebruikers; check --repair sluit ze af</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Dayweave never writes to one: remove it</source>
        <translation>%1 is geen gewoon bestand; Dayweave schrijft daar nooit in: verwijder het</translation>
    </message>
    <message>
        <source>%1 is a link; Dayweave never writes through one</source>
        <translation>%1 is een koppeling; Dayweave schrijft daar nooit doorheen</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device); nothing was written</source>
        <translation>%1 is geen gewoon bestand (een map, een pipe of een apparaat); er is niets geschreven</translation>
    </message>
    <message>
        <source>the people of %1 are still arriving from the sync; try again in a moment</source>
        <translation>de mensen van %1 komen nog binnen via de synchronisatie; probeer het zo weer</translation>
    </message>
    <message>
        <source>the device id %1 was made on another machine (a copied configuration folder): this machine now writes as %2, and reads %1 as the other machine&apos;s</source>
        <translation>de apparaat-id %1 is op een andere computer gemaakt (een gekopieerde configuratiemap): deze computer schrijft nu als %2 en leest %1 als die van de andere computer</translation>
    </message>
    <message>
        <source>the entries of %1 are still arriving from the sync; try again in a moment</source>
        <translation>de items van %1 komen nog binnen via de synchronisatie; probeer het zo weer</translation>
    </message>
    <message>
        <source>%1 sync conflict copies merged: two machines write as this device (%2); remove the file device-id from the configuration folder of one of them</source>
        <translation>%1 conflictkopieën van de synchronisatie samengevoegd: twee computers schrijven als dit apparaat (%2); verwijder het bestand device-id uit de configuratiemap van een van beide</translation>
    </message>
    <message>
        <source>no backup was taken (%1); what you did is saved, the next change tries again</source>
        <translation>er is geen reservekopie gemaakt (%1); wat je deed is bewaard, de volgende wijziging probeert het opnieuw</translation>
    </message>
    <message>
        <source>the intentions of %1 are still arriving from the sync; try again in a moment</source>
        <translation>de voornemens van %1 komen nog binnen via de synchronisatie; probeer het zo weer</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>leadership</source>
        <translation>leiding</translation>
    </message>
    <message>
        <source>own team</source>
        <translation>eigen team</translation>
    </message>
    <message>
        <source>other teams</source>
        <translation>andere teams</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>medewerkers</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>No pattern stands out this week.</source>
        <translation>Deze week springt er geen patroon uit.</translation>
    </message>
    <message>
        <source>%1 of %2 disruptions came between %3:00 and %4:00.</source>
        <translation>%1 van de %2 verstoringen kwamen tussen %3:00 en %4:00.</translation>
    </message>
    <message>
        <source>%1 mornings</source>
        <translation>%1ochtend</translation>
    </message>
    <message>
        <source>%1 afternoons</source>
        <translation>%1middag</translation>
    </message>
    <message>
        <source>%1 evenings</source>
        <translation>%1avond</translation>
    </message>
    <message>
        <source>%1 of %2 disruptions came on %3.</source>
        <translation>%1 van de %2 verstoringen kwamen op %3.</translation>
    </message>
    <message>
        <source>%1 of %2 %4 disruptions came on %3.</source>
        <translation>%1 van de %2 verstoringen door %4 kwamen op %3.</translation>
    </message>
    <message>
        <source>360 degree compass</source>
        <translation>360-gradenkompas</translation>
    </message>
    <message>
        <source>Reached this week (360°):</source>
        <translation>Deze week bereikt (360°):</translation>
    </message>
    <message>
        <source>Work %1 · Life %2</source>
        <translation>Werk %1 · Privé %2</translation>
    </message>
    <message>
        <source>Switches per day: %1</source>
        <translation>Wisselingen per dag: %1</translation>
    </message>
    <message>
        <source>Live meetings: %1</source>
        <translation>Live afspraken: %1</translation>
    </message>
    <message>
        <source>Calls: %1 · Contacts: %2</source>
        <translation>Gesprekken: %1 · Contacten: %2</translation>
    </message>
    <message>
        <source>Disruptions: %1</source>
        <translation>Verstoringen: %1</translation>
    </message>
    <message>
        <source>Disrupted for: %1</source>
        <translation>Verstoord: %1</translation>
    </message>
    <message>
        <source>Time lost: %1</source>
        <translation>Tijd verloren: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1u %2m</translation>
    </message>
    <message>
        <source>The line is empty; start with a kind, e.g. &apos;work plan&apos;.</source>
        <translation>De regel is leeg; begin met een soort, bijv. &apos;werk plan&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as 9:00 or 9:00-10:30.</source>
        <translation>&apos;%1&apos; is geen tijd; schrijf 9:00 of 9:00-10:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second time; give one time or one range.</source>
        <translation>&apos;%1&apos; is een tweede tijd; geef één tijd of één periode.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; is geen datum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a kind after it: work, life, call, meeting, disruption, contact.</source>
        <translation>Na &apos;%1&apos; hoort een soort: werk, privé, gesprek, afspraak, storing, contact.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; start with work, life, call, meeting, disruption or contact.</source>
        <translation>&apos;%1&apos; is geen soort; begin met werk, privé, gesprek, afspraak, storing of contact.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag; write #word.</source>
        <translation>&apos;%1&apos; is geen label; schrijf #woord.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a name after it.</source>
        <translation>Na &apos;%1&apos; hoort een naam.</translation>
    </message>
    <message>
        <source>This is a moment: give one time, not the range &apos;%1&apos;.</source>
        <translation>Dit is een moment: geef één tijd, niet de periode &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a character that cannot be stored.</source>
        <translation>&apos;%1&apos; bevat een teken dat niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>De titel is langer dan 500 tekens.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a name before it.</source>
        <translation>Voor &apos;%1&apos; hoort een naam.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name.</source>
        <translation>&apos;%1&apos; is geen naam.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a time after it, e.g. &apos;%1 9:00-10:00&apos;.</source>
        <translation>Na &apos;%1&apos; hoort een tijd, bijv. &apos;%1 9:00-10:00&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a circle; use one of %2.</source>
        <translation>&apos;%1&apos; is geen kring; gebruik een van %2.</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Er loopt niets</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>(since %1)</source>
        <translation>(sinds %1)</translation>
    </message>
    <message>
        <source>Today: work %1 · life %2</source>
        <translation>Vandaag: werk %1 · privé %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disruption(s) today</source>
        <translation>
            <numerusform>%n verstoring vandaag</numerusform>
            <numerusform>%n verstoringen vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s changes arrived %2</source>
        <translation>Wijzigingen van %1 kwamen binnen om %2</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Call...</source>
        <translation>Gesprek...</translation>
    </message>
    <message>
        <source>Live meeting...</source>
        <translation>Live afspraak...</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>Other...</source>
        <translation>Anders...</translation>
    </message>
    <message>
        <source>Contacted someone...</source>
        <translation>Contact gehad...</translation>
    </message>
    <message>
        <source>Quick entry...</source>
        <translation>Snelle invoer...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Overzicht</translation>
    </message>
    <message numerus="yes">
        <source>%n nudge(s) waits for a pause</source>
        <translation>
            <numerusform>%n herinnering wacht op een pauze</numerusform>
            <numerusform>%n herinneringen wachten op een pauze</numerusform>
        </translation>
    </message>
    <message>
        <source>No nudges waiting</source>
        <translation>Geen herinneringen die wachten</translation>
    </message>
    <message>
        <source>End meeting with %1</source>
        <translation>Afspraak met %1 beëindigen</translation>
    </message>
    <message>
        <source>End call with %1</source>
        <translation>Gesprek met %1 beëindigen</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Gesprek beëindigen</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>%1 beëindigen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>No meeting ahead today</source>
        <translation>Vandaag geen afspraak meer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message numerus="yes">
        <source>%n nudge(s) waiting</source>
        <translation>
            <numerusform>%n herinnering wacht</numerusform>
            <numerusform>%n herinneringen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Deze week: %1</translation>
    </message>
</context>
<context>
    <name>Vcard</name>
    <message>
        <source>The card at line %1</source>
        <translation>De kaart op regel %1</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Het bestand bevat geen vCard (geen regel BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The card at line %1 has no name, company or e-mail address: skipped.</source>
        <translation>De kaart op regel %1 heeft geen naam, bedrijf of e-mailadres: overgeslagen.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name on line %2 is not UTF-8 or %3 text.</source>
        <translation>De kaart op regel %1 is overgeslagen: de naam op regel %2 is geen tekst in UTF-8 of %3.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name is longer than %2 characters.</source>
        <translation>De kaart op regel %1 is overgeslagen: de naam is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name holds control characters.</source>
        <translation>De kaart op regel %1 is overgeslagen: de naam bevat stuurtekens.</translation>
    </message>
    <message>
        <source>%1: line %2 is not a vCard property; left out.</source>
        <translation>%1: regel %2 is geen vCard-eigenschap; weggelaten.</translation>
    </message>
    <message>
        <source>%1: line %2 (%3) is not text in any character set tried; left out.</source>
        <translation>%1: regel %2 (%3) is in geen enkele geprobeerde tekenset tekst; weggelaten.</translation>
    </message>
    <message>
        <source>%1: line %2 names an unknown character set, %3; read as %4.</source>
        <translation>%1: regel %2 noemt een onbekende tekenset, %3; gelezen als %4.</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is not an e-mail address; left out.</source>
        <translation>%1: regel %2: %3 is geen e-mailadres; weggelaten.</translation>
    </message>
    <message>
        <source>%1: more than 20 e-mail addresses; the first 20 are kept.</source>
        <translation>%1: meer dan 20 e-mailadressen; de eerste 20 zijn bewaard.</translation>
    </message>
    <message>
        <source>%1: line %2 (%3) holds characters that cannot be stored; left out.</source>
        <translation>%1: regel %2 (%3) bevat tekens die niet bewaard kunnen worden; weggelaten.</translation>
    </message>
    <message>
        <source>%1: the company is too long or holds control characters; left out.</source>
        <translation>%1: het bedrijf is te lang of bevat stuurtekens; weggelaten.</translation>
    </message>
    <message>
        <source>%1: the notes are longer than %2 characters; left out.</source>
        <translation>%1: de notities zijn langer dan %2 tekens; weggelaten.</translation>
    </message>
    <message>
        <source>%1 is skipped: %2</source>
        <translation>%1 is overgeslagen: %2</translation>
    </message>
    <message>
        <source>Read as %1 (the file&apos;s byte order mark says so).</source>
        <translation>Gelezen als %1 (dat zegt de byte order mark van het bestand).</translation>
    </message>
    <message>
        <source>Read as %1 (no byte order mark; its zero bytes say so).</source>
        <translation>Gelezen als %1 (zonder byte order mark; de nulbytes zeggen het).</translation>
    </message>
    <message>
        <source>Read as UTF-8.</source>
        <translation>Gelezen als UTF-8.</translation>
    </message>
    <message>
        <source>Read in the character sets the cards name: %1.</source>
        <translation>Gelezen in de tekensets die de kaarten noemen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) not in UTF-8 read as %1: check the names.</source>
        <translation>
            <numerusform>%n kaart niet in UTF-8 gelezen als %1: controleer de namen.</numerusform>
            <numerusform>%n kaarten niet in UTF-8 gelezen als %1: controleer de namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--charset names another code page.</source>
        <translation>--charset noemt een andere codetabel.</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>%1 toegevoegd, %2 samengevoegd, %3 overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a name named after the company.</source>
        <translation>
            <numerusform>%n kaart zonder naam genoemd naar het bedrijf.</numerusform>
            <numerusform>%n kaarten zonder naam genoemd naar het bedrijf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a name named after the e-mail address.</source>
        <translation>
            <numerusform>%n kaart zonder naam genoemd naar het e-mailadres.</numerusform>
            <numerusform>%n kaarten zonder naam genoemd naar het e-mailadres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Importeren afbreken</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Import cancelled: %1 of %2 cards written.</source>
        <translation>Importeren afgebroken: %1 van %2 kaarten bewaard.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>work</source>
        <comment>kind</comment>
        <translation>werk</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>life</source>
        <comment>kind</comment>
        <translation>privé</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>call</source>
        <comment>kind</comment>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
    <message>
        <source>meeting</source>
        <comment>kind</comment>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>disruption</source>
        <comment>kind</comment>
        <translation>storing</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>kind</comment>
        <translation>contact</translation>
    </message>
    <message>
        <source>Meeting ran over</source>
        <translation>Afspraak liep uit</translation>
    </message>
    <message>
        <source>overrun</source>
        <comment>cause</comment>
        <translation>uitloop</translation>
    </message>
    <message>
        <source>Late, parking</source>
        <translation>Te laat, parkeren</translation>
    </message>
    <message>
        <source>late</source>
        <comment>cause</comment>
        <translation>laat</translation>
    </message>
    <message>
        <source>Tech, wifi</source>
        <translation>Techniek, wifi</translation>
    </message>
    <message>
        <source>tech</source>
        <comment>cause</comment>
        <translation>techniek</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Lawaai</translation>
    </message>
    <message>
        <source>noise</source>
        <comment>cause</comment>
        <translation>lawaai</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>family</source>
        <comment>cause</comment>
        <translation>gezin</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <source>colleague</source>
        <comment>cause</comment>
        <translation>collega</translation>
    </message>
    <message>
        <source>My own mind</source>
        <translation>Mijn eigen hoofd</translation>
    </message>
    <message>
        <source>self</source>
        <comment>cause</comment>
        <translation>zelf</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leiding</translation>
    </message>
    <message>
        <source>Own team</source>
        <translation>Eigen team</translation>
    </message>
    <message>
        <source>Other team</source>
        <translation>Ander team</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>O</source>
        <comment>letter of: Meeting ran over</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>L</source>
        <comment>letter of: Late, parking</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>T</source>
        <comment>letter of: Tech, wifi</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>N</source>
        <comment>letter of: Noise</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>letter of: Family</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>C</source>
        <comment>letter of: A colleague</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>S</source>
        <comment>letter of: My own mind</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>Waiting: %1</source>
        <translation>Wacht: %1</translation>
    </message>
</context>
<context>
    <name>WeekGaps</name>
    <message>
        <source>A break</source>
        <translation>Een pauze</translation>
    </message>
    <message>
        <source>A disruption</source>
        <translation>Een verstoring</translation>
    </message>
    <message>
        <source>A live meeting with...</source>
        <translation>Een live afspraak met...</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Nog aan het werk</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>Splitsen...</translation>
    </message>
    <message>
        <source>Time away %1–%2, not answered yet: the day list answers it</source>
        <translation>Tijd weg %1–%2, nog niet beantwoord: de daglijst beantwoordt het</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>Een live afspraak</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>Met wie? (namen gescheiden door komma&apos;s)</translation>
    </message>
</context>
<context>
    <name>WeekSearch</name>
    <message>
        <source>Search all history (Ctrl+F)</source>
        <translation>Zoek in alle geschiedenis (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Zoek in alle geschiedenis</translation>
    </message>
    <message>
        <source>Titles, notes, causes and people, in any case and with or without accents</source>
        <translation>Titels, notities, oorzaken en mensen, in hoofd- of kleine letters, met of zonder accenten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%n found, newest first</source>
        <translation>
            <numerusform>%n gevonden, nieuwste eerst</numerusform>
            <numerusform>%n gevonden, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
</context>
<context>
    <name>WeekTimeline</name>
    <message>
        <source>Week timeline</source>
        <translation>Weektijdlijn</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>Dayweave: this week</source>
        <translation>Dayweave: deze week</translation>
    </message>
    <message>
        <source>Review...</source>
        <translation>Overzicht...</translation>
    </message>
    <message>
        <source>What the last weeks and months show</source>
        <translation>Wat de laatste weken en maanden laten zien</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Vorige week (Page Up)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week (T)</source>
        <translation>Deze week (T)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Volgende week (Page Down)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ga naar datum</translation>
    </message>
    <message>
        <source>Quick entry, e.g. 9:00-10:30 work plan</source>
        <translation>Snelle invoer, bijv. 9:00-10:30 werk plan</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <source>Image...</source>
        <translation>Afbeelding...</translation>
    </message>
    <message>
        <source>Save the week as a PNG image</source>
        <translation>De week opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>JSON...</source>
        <translation>JSON...</translation>
    </message>
    <message>
        <source>Save the week as JSON, as dayweave week --json prints it</source>
        <translation>De week opslaan als JSON, zoals dayweave week --json die toont</translation>
    </message>
    <message>
        <source>Select an entry to see it; double-click empty space to add one.</source>
        <translation>Kies een item om het te zien; dubbelklik op een lege plek om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Save the week as an image</source>
        <translation>De week opslaan als afbeelding</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Kon %1 niet opslaan</translation>
    </message>
    <message>
        <source>Save the week as JSON</source>
        <translation>De week opslaan als JSON</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Show or hide the day list and the sidebar</source>
        <translation>De daglijst en de zijbalk tonen of verbergen</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Daglijst</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Zijbalk</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>&apos;%1&apos; is not a time; use 9:15, &apos;tomorrow 10:00&apos;, 2026-11-26T09:15 or &apos;15m ago&apos;</source>
        <translation>&apos;%1&apos; is geen tijd; gebruik 9:15, &apos;morgen 10:00&apos;, 2026-11-26T09:15 of &apos;15m ago&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; give a date as YYYY-MM-DD (2026-11-26), today, yesterday, tomorrow, or last (the week before this one)</source>
        <translation>&apos;%1&apos; is geen datum; geef een datum als JJJJ-MM-DD (2026-11-26), vandaag, gisteren, morgen, of vorige (de week voor deze)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a year from %2 to %3</source>
        <translation>&apos;%1&apos;: geef een jaar van %2 tot %3</translation>
    </message>
</context>
</TS>
