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
        <source>Time lost</source>
        <translation>Verloren tijd</translation>
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
        <source>&apos;%kind&apos; is not a kind of entry.</source>
        <translation>&apos;%kind&apos; is geen soort registratie.</translation>
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
        <source>At most 50 other names.</source>
        <translation>Hooguit 50 andere namen.</translation>
    </message>
    <message>
        <source>The time given and the time in the line disagree: give one of them.</source>
        <translation>De opgegeven tijd en de tijd in de regel verschillen: geef er één.</translation>
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
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Items teruggezet uit het beschadigde bestand: %1.</translation>
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
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>What disrupted you?</source>
        <translation>Wat verstoorde je?</translation>
    </message>
</context>
<context>
    <name>NudgePopup</name>
    <message>
        <source>Dayweave nudge</source>
        <translation>Dayweave-herinnering</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
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
        <source>Last minutes: agree a concrete action</source>
        <translation>Laatste minuten: spreek een concrete actie af</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Nudges</name>
    <message>
        <source>never contacted</source>
        <translation>nog nooit gesproken</translation>
    </message>
    <message>
        <source>last contact %1 days ago</source>
        <translation>laatste contact %1 dagen geleden</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>elke %1 dagen</translation>
    </message>
    <message>
        <source>No live meeting yet.</source>
        <translation>Nog geen live afspraak.</translation>
    </message>
    <message>
        <source>No live meeting for %1 days.</source>
        <translation>Al %1 dagen geen live afspraak.</translation>
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
        <source>Agree who does what, by when.</source>
        <translation>Spreek af wie wat doet, en wanneer.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not sorted yet</source>
        <translation>Nog niet ingedeeld</translation>
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
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
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
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>%1 toegevoegd, %2 samengevoegd, %3 overgeslagen.</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <source>Circle for the new people:</source>
        <translation>Kring voor de nieuwe mensen:</translation>
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
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
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
        <source>As the locale says</source>
        <translation>Zoals de taalinstelling zegt</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>Week begint op:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Start Dayweave with your session? You can change this in Settings.</source>
        <translation>Dayweave starten wanneer je je aanmeldt? Je kunt dit wijzigen bij Instellingen.</translation>
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
        <source>Most around %1:00</source>
        <translation>Meeste rond %1:00</translation>
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
        <source>&apos;%1&apos; is not a circle; use customer, leadership, team, peer, report or partner.</source>
        <translation>&apos;%1&apos; is geen kring; gebruik customer, leadership, team, peer, report of partner.</translation>
    </message>
    <message>
        <source>Meeting ran over</source>
        <translation>Afspraak liep uit</translation>
    </message>
    <message>
        <source>Late, parking</source>
        <translation>Te laat, parkeren</translation>
    </message>
    <message>
        <source>Tech, wifi</source>
        <translation>Techniek, wifi</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Lawaai</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <source>My own mind</source>
        <translation>Mijn eigen hoofd</translation>
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
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Er loopt niets</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
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
        <source>End meeting with %1</source>
        <translation>Afspraak met %1 beëindigen</translation>
    </message>
    <message>
        <source>End call with %1</source>
        <translation>Gesprek met %1 beëindigen</translation>
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
</context>
</TS>
