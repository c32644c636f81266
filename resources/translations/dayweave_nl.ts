<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../tracker/ui/app.py" line="62" />
        <source>Dayweave is already running; it has been brought forward.</source>
        <translation>Dayweave draait al; het is naar voren gehaald.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/app.py" line="75" />
        <source>Dayweave cannot open its data: %1</source>
        <translation>Dayweave kan zijn gegevens niet openen: %1</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <location filename="../../tracker/ui/actions.py" line="35" />
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="35" />
        <source>What disrupted you?</source>
        <translation>Wat verstoorde je?</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="45" />
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="46" />
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="47" />
        <source>Contacted someone</source>
        <translation>Contact gehad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="51" />
        <source>Anna, Joost</source>
        <translation>Anna, Joost</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="52" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="58" />
        <source>What about (optional)</source>
        <translation>Waarover (optioneel)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="59" />
        <source>What about</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="60" />
        <source>Live, in person</source>
        <translation>Live, in persoon</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="70" />
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="71" />
        <source>&amp;About:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="73" />
        <source>&amp;Circle of new people:</source>
        <translation>&amp;Kring van nieuwe mensen:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="79" />
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="101" />
        <source>New to your people: %1</source>
        <translation>Nieuw in je mensen: %1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="108" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="109" />
        <source>Leadership</source>
        <translation>Leiding</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="110" />
        <source>Own team</source>
        <translation>Eigen team</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="111" />
        <source>Other team</source>
        <translation>Ander team</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="112" />
        <source>Report</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="113" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="131" />
        <location filename="../../tracker/ui/dialogs.py" line="133" />
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="134" />
        <source>9:00-10:30 work Quarterly plan #sales</source>
        <translation>9:00-10:30 werk Kwartaalplan #sales</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="140" />
        <source>e.g. 'disruption tech wifi dropped' or 'call with Anna 14:00-14:30'</source>
        <translation>bijv. 'storing techniek wifi viel weg' of 'gesprek met Anna 14:00-14:30'</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs.py" line="146" />
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../tracker/ui/quicklog.py" line="108" />
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPanel</name>
    <message>
        <location filename="../../tracker/ui/panel.py" line="47" />
        <location filename="../../tracker/ui/panel.py" line="48" />
        <source>Dayweave quick log</source>
        <translation>Dayweave snel vastleggen</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="60" />
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="61" />
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="62" />
        <source>Call...</source>
        <translation>Gesprek...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="63" />
        <source>Live meeting...</source>
        <translation>Live afspraak...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="64" />
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="65" />
        <source>Contacted someone...</source>
        <translation>Contact gehad...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="78" />
        <source>Other...</source>
        <translation>Anders...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="80" />
        <source>Quick entry, e.g. 9:00-10:30 work plan</source>
        <translation>Snelle invoer, bijv. 9:00-10:30 werk plan</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="81" />
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="86" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="122" />
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/panel.py" line="122" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../tracker/ui/shell.py" line="90" />
        <source>No system tray was found, so Dayweave runs in this window. Closing it quits Dayweave.</source>
        <translation>Er is geen systeemvak gevonden, dus Dayweave draait in dit venster. Sluiten beëindigt Dayweave.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/shell.py" line="152" />
        <source>Dayweave repaired its data</source>
        <translation>Dayweave heeft zijn gegevens hersteld</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../tracker/ui/texts.py" line="57" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="58" />
        <source>%1h %2m</source>
        <translation>%1u %2m</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="71" />
        <source>The line is empty; start with a kind, e.g. 'work plan'.</source>
        <translation>De regel is leeg; begin met een soort, bijv. 'werk plan'.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="74" />
        <source>'%1' is not a time; write it as 9:00 or 9:00-10:30.</source>
        <translation>'%1' is geen tijd; schrijf 9:00 of 9:00-10:30.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="77" />
        <source>'%1' is a second time; give one time or one range.</source>
        <translation>'%1' is een tweede tijd; geef één tijd of één periode.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="80" />
        <source>'%1' is not a date.</source>
        <translation>'%1' is geen datum.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="81" />
        <source>'%1' needs a kind after it: work, life, call, meeting, disruption, contact.</source>
        <translation>Na '%1' hoort een soort: werk, privé, gesprek, afspraak, storing, contact.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="84" />
        <source>'%1' is not a kind; start with work, life, call, meeting, disruption or contact.</source>
        <translation>'%1' is geen soort; begin met werk, privé, gesprek, afspraak, storing of contact.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="88" />
        <source>'%1' is not a tag; write #word.</source>
        <translation>'%1' is geen label; schrijf #woord.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="89" />
        <source>'%1' needs a name after it.</source>
        <translation>Na '%1' hoort een naam.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="90" />
        <source>This is a moment: give one time, not the range '%1'.</source>
        <translation>Dit is een moment: geef één tijd, niet de periode '%1'.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="93" />
        <source>'%1' contains a character that cannot be stored.</source>
        <translation>'%1' bevat een teken dat niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="96" />
        <source>The title is longer than 500 characters.</source>
        <translation>De titel is langer dan 500 tekens.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="99" />
        <source>'%1' needs a name before it.</source>
        <translation>Voor '%1' hoort een naam.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="100" />
        <source>'%1' is not a name.</source>
        <translation>'%1' is geen naam.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="101" />
        <source>'%1' is not a circle; use customer, leadership, team, peer, report or partner.</source>
        <translation>'%1' is geen kring; gebruik customer, leadership, team, peer, report of partner.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="121" />
        <source>Meeting ran over</source>
        <translation>Afspraak liep uit</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="122" />
        <source>Late, parking</source>
        <translation>Te laat, parkeren</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="123" />
        <source>Tech, wifi</source>
        <translation>Techniek, wifi</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="124" />
        <source>Noise</source>
        <translation>Lawaai</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="125" />
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="126" />
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="127" />
        <source>My own mind</source>
        <translation>Mijn eigen hoofd</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="128" />
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="129" />
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="130" />
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="131" />
        <source>Live meeting</source>
        <translation>Live afspraak</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="132" />
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="133" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/texts.py" line="134" />
        <source>Nothing running</source>
        <translation>Er loopt niets</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../tracker/ui/tray.py" line="86" />
        <source>(since %1)</source>
        <translation>(sinds %1)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="88" />
        <source>Today: work %1 · life %2</source>
        <translation>Vandaag: werk %1 · privé %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/tray.py" line="92" />
        <source>%n disruption(s) today</source>
        <translation><numerusform>%n verstoring vandaag</numerusform><numerusform>%n verstoringen vandaag</numerusform></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="113" />
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="114" />
        <source>Life</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="118" />
        <source>Call...</source>
        <translation>Gesprek...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="119" />
        <source>Live meeting...</source>
        <translation>Live afspraak...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="121" />
        <source>Disruption</source>
        <translation>Verstoring</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="128" />
        <source>Other...</source>
        <translation>Anders...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="133" />
        <source>Contacted someone...</source>
        <translation>Contact gehad...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="134" />
        <source>Quick entry...</source>
        <translation>Snelle invoer...</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="135" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="139" />
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/tray.py" line="141" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
</TS>