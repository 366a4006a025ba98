"""Word lists the sources stage reads: honorifics and titles, gendered first names and role
nouns, and the head nouns that type a source (outlet, document, anonymous, group, organization,
person role)."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}

#: Words that make up a title before a name ("Lt. Gen.", "Secretary of State", "Sen.").
#: "columnist" since a thirtieth audit of unseen articles ("Washington Post columnist Margaret
#: Sullivan" had been untitled, where "reporter", "editor", "correspondent" give a title).
TITLE_WORDS = _words(
    """
    acting adm adm. administrator admiral adviser advisor agriculture air ambassador and army
    assistant attorney ayatollah brig brig. candidate capt capt. captain ceo chair chairman
    chairwoman chancellor chief chiefs cmdr. co-founder coach col col. colonel columnist commander
    commerce commissioner correspondent counsel dame defence defense del. democratic deputy
    director dr dr. editor education energy executive for force foreign former founder gen gen.
    general gop gov gov. governor health homeland house inspector interior joint judge justice
    king labor lady leader lieutenant lord lt lt. maj maj. major majority marine mayor minister
    minority national navy nominee of officer pope president presidential press prime prince
    princess prof. professor queen rep rep. reporter representative republican rev rev.
    reverend secretary security sen sen. senate senator sergeant sgt sgt. sheikh sheriff sir
    speaker special spokesman spokesperson spokeswoman staff state supreme the top
    transportation treasury u.s. us vice white
    alderman assemblyman assemblywoman atty. bishop congressman congresswoman constable
    corporal councilman councilwoman councilor cpl cpl. det det. detective imam insp. lady lord
    premier rabbi superintendent supt. trooper
    undersheriff mp mep
    insp supt cmdr
    coroner
    treasurer comptroller
    """
)
#: "undersheriff", "mp", "mep" since a second audit of unseen articles ("Undersheriff Larry
#: Waldie", "Labour MP David Lammy" had had no title). "insp", "supt", "cmdr" (British and New
#: Zealand police ranks written without a full stop) since a sixth audit of unseen ECB+
#: articles ("Insp Gaskin" had been a person of its own, apart from "Inspector Dave Gaskin").
#: "coroner" (here, in `PERSON_TITLES` and in `PERSON_ROLE_NOUNS`) since a twenty-seventh
#: ("Coroner Gary Hargrove" had had no title, and "The coroner said" been typed unknown, apart
#: from him). "treasurer" and "comptroller" (here, in `PERSON_TITLES` and in
#: `PERSON_ROLE_NOUNS`) since a twenty-eighth ("State Treasurer Jane Smith" had had no title,
#: and "The treasurer said" been typed unknown, apart from her).
#: Titles and honorifics: words before a name that are no part of it.
TITLES_AND_HONORIFICS = TITLE_WORDS | set(HONORIFICS)

#: Titles that alone do not count as a title worth reporting (honorifics).
NOT_TITLES = _words(
    """
    former miss mr mr. mrs mrs. ms ms. the
    """
)

NAME_SUFFIXES = _words(
    """
    ii iii iv jr jr. sr sr.
    """
)

MALE_NAMES = _words(
    """
    aaron abdul abu adam ahmed alan albert alex alexander ali andrew anthony antonio ayman
    barack bashar ben benjamin bernie beto bibi bill bob bobby boris brad brian bruce carl
    carlos charles charlie chris christopher chuck corey dan daniel david dennis dick donald
    doug douglas ed edward eli elijah emmanuel eric francois frank fred gary george greg
    gregory hamid hans harry hassan henry hunter hussein ivan jack jacob jacques jake james
    jared jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan
    jose joseph josh juan justin karl keith ken kenneth kevin klaus larry
    luis mahmoud marco mark martin matt matthew max michael mike mitch mitt mohammed
    muhammad narendra neil newt nicholas nick omar osama patrick paul pete peter phil
    philip pierre qasem qassem ralph rand randy ray raymond recep reince richard rick rob
    robert roger ron ronald rudolph rudy russ ryan sam samuel scott sean sergei shinzo stephen
    steve steven ted terry thomas tim timothy todd tom tony vladimir walter wayne william xi
    adrian ahmad alejandro alexei amit andrei andres andy arthur arturo austin barry billy
    bradley brandon brett bryan calvin chad christian clarence clayton cody colin craig curtis
    dale darren dean derek diego dmitry dominic don duane dustin dwight earl eduardo edwin
    elliott enrique ernest eugene evan fernando floyd francisco frederick gabriel gene gerald
    gerry giovanni giuseppe glenn gordon graham grant guillermo hamza harold harvey hector
    herbert hiroshi howard hugh ian ibrahim igor isaac javier jeffery jerome jesse jesus joey
    johnathan jorge julio jurgen kenji khalid kyle lance lawrence leo leon leonard leroy lewis
    lloyd louis luca lucas luke manuel marcus mario marvin matteo maurice melvin micah miguel
    mikhail miles mitchell mohamed nathan nathaniel neal nikolai noah norman oliver oscar owen
    pablo pedro perry phillip preston quentin rafael rahul raj ramon randall raul reggie
    ricardo roberto rodrigo roy ruben russell salvador sanjay sergio seth shane simon stanley
    stuart takeshi tariq theodore travis trevor troy tyler vernon victor vijay vincent wade
    warren wesley willie wolfgang yuri yusuf zachary
    """
)

FEMALE_NAMES = _words(
    """
    abigail alexandria alice amanda amy andrea angela ann anna anne aung barbara benazir betsy
    betty carly carol caroline catherine cathy chelsea cheryl christine claire condi
    condoleezza cynthia debbie deborah diana diane dianne donna dorothy elizabeth ellen emily
    emma erin eva golda greta hana heather heidi helen hillary hope huma indira ivanka jacinda jane
    janet jennifer jessica jill joan joanna joni josephine judith judy julia julie kamala karen
    kate katherine kathleen kathy katie kelly kellyanne kirsten laura lauren linda lisa liz
    loretta lori louise lynn madeleine margaret maria marie marine marsha martha mary maxine
    meghan megyn melania michelle monica nadia nancy nicole nikki olivia pamela patricia patty
    paula rachel rebecca rosa ruth sally samantha sandra sarah shannon sharon sheila sonia
    stephanie susan susana suzanne tammy teresa theresa tina tulsi ursula valerie victoria
    virginia wendy yvonne
    abby adriana aisha alejandra alicia allison alyssa amber ana anastasia angelina anita
    anjali april ashley audrey beatriz beverly bonnie brenda brittany brooke carla carmen
    carolina carrie cassandra charlotte christina cindy claudia colleen connie courtney crystal
    daniela danielle dawn deepa denise dolores doris edith eileen elaine eleanor elena elise
    ella erica esperanza esther evelyn faith fatima felicia florence frances francesca gabriela
    gail gina giulia gloria grace guadalupe gwen hailey hannah harriet helga holly ingrid irene
    irina iris isabel jacqueline jasmine jenna jenny joanne jocelyn joyce juana juanita june
    kara kayla keiko kendra kimberly krista kristen kristin lara leah leila leticia lillian
    lily lindsay lindsey lois lourdes lucia lucy luz lydia mackenzie madison mandy marcia
    margarita marilyn marina marisol marjorie marlene marta megan melanie melissa mercedes mia
    michele mildred miranda molly monique naomi natalia natalie natasha nina nora norma olga
    paige pauline peggy penny phyllis priya rita roberta robyn rosemary roxanne ruby sabrina
    sara savannah sherry shirley silvia sofia sophia sophie stacy sue sunita svetlana sylvia
    tamara tanya tara tatiana vanessa vera veronica vicki vivian whitney ximena yasmin yolanda
    yuko zoe
    """
)
#: Either list: a word that opens a person's name.
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES

#: Surnames that East Asian names put first ("Kim Jong Un", "Xi Jinping", "Nguyen Xuan Phuc"),
#: so that a story's "Kim" may open the full name it gives later.
SURNAMES_FIRST = _words(
    """
    kim lee park choi jung moon yoon xi li wang zhang liu chen yang huang zhao wu zhou hu
    nguyen tran hun
    """
)

MALE_NOUNS = _words(
    """
    anchorman brother businessman chairman congressman councilman father gentleman husband king
    man prince son spokesman
    alderman assemblyman boy dad fisherman grandfather grandson lord nephew salesman sir uncle
    widower
    """
)

FEMALE_NOUNS = _words(
    """
    businesswoman chairwoman congresswoman councilwoman daughter lady mother princess queen
    sister spokeswoman wife woman
    actress assemblywoman aunt dame girl granddaughter grandmother mom niece nun saleswoman
    waitress widow
    """
)

#: First words that make an ORG-tagged name a person ("Spokeswoman Haley Morris", "Sheriff
#: Jones"), inside the name or just before it. Words that also begin organization names
#: ("General Motors", "Major League", "Chief Executives Organization") are left out.
PERSON_TITLES = _words(
    """
    pres. pres mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. capt. adm. sgt. president senator governor
    spokeswoman spokesman spokesperson secretary judge justice mayor pastor rev. prof.
    professor ambassador chairman chairwoman
    dr sen rep gov lt col capt adm sgt det det. cpl cpl. cmdr cmdr. maj. supt. insp. atty.
    insp supt
    sheriff detective sergeant lieutenant captain corporal trooper constable deputy officer
    inspector superintendent commissioner councilman councilwoman councilor congressman
    congresswoman assemblyman assemblywoman alderman delegate rabbi imam bishop reverend
    chancellor premier coach
    coroner
    treasurer comptroller
    """
)

#: Titles after which untagged proper nouns are a person's name ("Representative Elijah
#: Cummings", "Prince Philip", "Queen Elizabeth II"): the person's titles and those of
#: royalty and nobility; not the words of an office's name ("State", "Major", "General").
#: "chair" since a second audit of unseen articles ("Democratic National Committee Chair
#: Debbie Wasserman Schultz", "Debbie" untagged, had been titled "... Chair Debbie").
NAME_TITLES = PERSON_TITLES | _words(
    """
    representative prince princess queen king sir dame lord lady sheikh pope ayatollah
    minister leader speaker director
    chair
    """
)

#: Nouns that name a human being and nothing else: occupations, kin, ages and walks of life
#: ("Rubilio Mendez, 34, a farmer"). In apposition to a name they make it a person; as a
#: source, plural they are a group ("demonstrators", "customers"), singular with "the" a
#: person, with "a" an unnamed (anonymous) one. Kept apart from PERSON_ROLE_NOUNS, whose
#: "producer", "leader", "owner" or "host" may also be a company or a country.
#: "stepfather" and kin by marriage since an audit of unseen NewsWCL50 articles ("their
#: stepfather" had been typed unknown). "hacker" and "spymaster" since a sixth audit of unseen
#: articles ("hackers releasing damaging information", "a former East German spymaster" had
#: been typed unknown). "watcher" and "contender" since a seventh audit of unseen articles
#: ("many World Bank watchers" and "the only top-tier contender here" had been typed unknown).
#: "commenter" and "organizer" since a nineteenth ("one commenter wrote" under an article, "the
#: organizer told Ebeling and her husband" had been typed unknown and group).
#: "delegate" since a twentieth ("One California delegate said he tried to give away guest
#: passes" had been typed unknown, and his two "he said" given to Donald Trump). "loser" since
#: a twenty-second ("these losers who love that, because they're afraid" had been typed
#: unknown, and its "they" given to "Republicans" of a sentence before). "grandchild" (as
#: "grandson") since a twenty-third ("his grandchildren watching" had been typed unknown).
#: "superdelegate" (as "delegate") since a twenty-fifth, so that "a California superdelegate
#: and Clinton supporter who" stays one person's description once "supporter" is a role.
#: "teammate" since a twenty-eighth ("His teammates know" had been typed unknown).
PEOPLE_NOUNS = _words(
    """
    accountant actor actress adult artist assistant athlete attendee baker banker barber bartender
    blogger bookkeeper boy bricklayer bystander caller carpenter cashier chef child citizen
    clerk commuter cook councilman councilwoman counselor customer dad dancer
    campaigner mobster gangster acquaintance colleague classmate coworker participant mourner
    dentist deputy detective demonstrator dispatcher driver electrician engineer entrepreneur
    farmer father firefighter fisherman gardener girl grandfather grandmother granddaughter
    grandson homeowner housekeeper hunter immigrant inmate janitor journalist juror
    landlord laborer librarian lieutenant lifeguard mechanic merchant midwife migrant
    miner mom motorist musician native neighbor neighbour nun nurse onlooker paramedic parent
    passenger pastor patient pediatrician pharmacist photographer physician pilot plumber
    poet priest prisoner protester protestor psychologist rabbi rancher
    refugee resident retiree sailor salesman saleswoman sergeant shopkeeper shopper
    singer soldier student surgeon survivor teacher teen teenager tenant therapist tourist
    trader trooper truck-driver tutor uncle aunt veteran villager volunteer voter
    waiter waitress welder widow widower worker youth
    spy guy gentleman lady kid
    stepfather stepmother stepson stepdaughter
    hacker spymaster
    watcher contender
    commenter organizer
    grandchild
    delegate superdelegate
    loser
    nephew niece cousin
    teammate
    """
)

#: Nominal heads that refer back to an outlet ("the newspaper", "the daily").
OUTLET_NOUNS = _words(
    """
    journal program programme show
    agency broadcaster broadsheet channel daily magazine network newspaper newsroom outlet
    paper publication site station tabloid website weekly wire
    radio television tv news newsletter podcast blog
    """
)

#: Outlet nouns that also name a thing that is no outlet ("the paper" against "a policy
#: paper", "the radio program" against "the insurance program", "the conservative website"
#: against "the White House website", "a political blog" against "his personal blog"): with
#: a modifier, an outlet only when every modifier is a word of the media or of
#: a paper's readership (``MEDIA_MODIFIERS``) or a nationality ("a Russian state site"). Added 2026-12-03 after reading PolNeAR dev's
#: relayed outlets ("a policy paper welcoming ...", "legal papers opposing the unsealing",
#: "the country's unemployment insurance program").
AMBIGUOUS_OUTLET_NOUNS = _words("paper papers program programme show site website blog")
#: Words of a medium: one among a noun's modifiers makes it an outlet, whatever else
#: modifies it (his "Keepin' It Real" radio program).
MEDIUM_MODIFIERS = _words(
    """
    news press wire photo radio television tv cable talk satellite broadcast online web
    internet digital print media social networking
    """
)
MEDIA_MODIFIERS = MEDIUM_MODIFIERS | _words(
    """
    morning evening nightly daily weekly sunday weekend late-night primetime prime-time local
    regional national hometown student community city state conservative liberal progressive
    right-wing left-wing partisan independent tabloid satirical popular leading major big
    influential respected prominent financial business political politics gossip opinion
    language
    """
)

#: Last words of newspaper names ("The Coast Courier", "the Riverside Gazette", "the Daily
#: Planet"): a name ending in one, of two or more words or after "the", is an outlet the
#: registry does not list. Not "Express" (American Express), "Record", "Press", "News" alone.
MASTHEAD_WORDS = frozenset(
    """
    courier gazette herald tribune times post journal chronicle dispatch inquirer sentinel
    bulletin examiner observer register telegraph mirror globe planet star sun monitor
    """.split()
)

#: Outlet nouns that describe an outlet only with a word of news before them ("the news
#: agency", "the state press agency"); alone or with other words they are mostly a body of
#: government ("the agency", "a United Nations agency", "the intelligence agency"). "service"
#: since an audit of unseen NewsWCL50 articles: "the wire service" (the AP) had been an
#: organization; "the Secret Service" still is one.
NEWS_ONLY_OUTLET_NOUNS = frozenset({"agency", "service"})
NEWS_MODIFIERS = frozenset({"news", "press", "wire", "photo"})

#: Heads that, modified by an outlet ("the NYT article"), mean the outlet's reporting.
REPORTING_NOUNS = _words(
    """
    count tally
    account analysis article broadcast column coverage editorial exclusive interview
    investigation piece poll report reporting reports scoop story survey
    """
)

#: Nouns of a poll, which may be run jointly by several sponsors named before it ("a
#: University of Texas/Texas Tribune poll"), and the words that join the sponsors' names.
POLL_NOUNS = frozenset({"poll", "survey"})
SPONSOR_JOINS = frozenset({"/", "-", "–", "and", "&"})

#: Papers filed in a court: the base of the lists that mean them. Each is a document
#: (:data:`DOCUMENT_NOUNS` adds the rest) and, in the voice stage (``voice.senses``), a noun
#: that anywhere in a sentence makes its "alleges" the legal term ("alleges ... in new
#: lawsuit"). The voice stage adds a suit's other words ("filing", "motion", "claim", "court",
#: "plaintiff" ...) only near the verb: they have other senses ("set in motion", "a claim").
FILED_DOCUMENTS = _words("lawsuit suit complaint indictment petition affidavit")

#: "copy", "copies", "addendum" since an audit of unseen NewsWCL50 articles ("copies of the
#: memos" had been typed unknown); "advisory", "bulletin" since a second audit of unseen
#: ECB+ texts ("an advisory issued today" had been typed unknown); not "agreement", which joined "the agreement" (the 2015
#: deal) to "an addendum or successor agreement" there, nor "files", which made "emails and
#: files" a group. "question", "query" since a sixth audit of unseen articles ("Many of those
#: questions, which were published by The New York Times" had been typed a group). "playbook",
#: "sheet", "factsheet", "card", "calculation" since a seventh audit of unseen articles ("the
#: recently court-released Trump University playbook", "the printed Cruz slate card",
#: "calculations by Amy Glasmeier" had been typed unknown). "form", "robocall", "mailer"
#: since a tenth audit ("Trump's new PFD form stated", "a new robocall touting" had been
#: typed unknown); not "flyer", a person in "a frequent flyer". "datum", the tagger's lemma
#: of "data", since an eleventh audit ("data released Friday by state gaming regulators" had
#: been typed unknown though "data" is listed). "remark", the tagger's lemma of "remarks", and
#: "polling" since a sixteenth audit ("The remarks suggest", "preliminary exit polling reported
#: by CNN" had been typed unknown). "average" (of polls) since a nineteenth ("According to the
#: Real Clear Politics average, Trump is up" had been typed unknown; with "of", a partitive,
#: the noun after it decides first: "an average of 300 people" a group). The papers filed in a
#: court are :data:`FILED_DOCUMENTS`, added to the list below.
DOCUMENT_NOUNS = FILED_DOCUMENTS | _words(
    """
    policy rules provisions convention clip spot film slide slides column columns comment
    comments editorial editorials endorsement endorsements seller documentary
    account ad advertisement analysis announcement article assessment audio audit
    bill blog book brief budget cable census chart communique communiqué data
    decision declaration document documents dossier e-mail email emails estimate estimates
    evidence figures filing findings footage forecast guidance guidelines image images index
    interview law leaflet legislation letter letters manifesto map memo
    memorandum memos message model motion note notice numbers op-ed opinion order page paper
    papers photo photos platform poll polls post posts projection projections proposal
    readout record recording records release remarks report reports research resolution results
    review ruling sign signs speech statement statements statistics story studies study
    summary survey surveys tape testimony text transcript treaty tweet tweets video warning
    website
    copy copies addendum
    advisory bulletin
    form forms robocall robocalls mailer mailers
    question questions query queries
    playbook playbooks sheet sheets factsheet factsheets card cards calculation calculations
    datum
    remark polling
    average
    """
)

#: Nouns of people named by their role, unnamed ("officials", "a source"). "cop" and "cops", as
#: "officer" and "officers", since an eleventh audit of unseen articles ("cops say they were
#: able to free them" had been typed unknown).
ANONYMOUS_NOUNS = _words(
    """
    regulators regulator surrogates surrogate speechwriters speechwriter insiders
    administrator administrators adviser advisers advisor advisors agent agents aide aides
    allies ally analyst associate associates attorney attorneys commander commanders confidant
    confidants diplomat diplomats donor donors employee employees executive executives friend
    friends individual individuals insider insiders investigator investigators lawmaker lawyer
    lawyers leader leaders manager managers member members military negotiator negotiators
    officer officers official officials operative operatives person prosecutor prosecutors
    relative relatives representative representatives senator someone somebody source sources spokesman
    spokespeople spokesperson spokeswoman staff staffer staffers strategist strategists veteran
    veterans whistleblower witness witnesses
    cop cops
    """
)

#: Plural or collective heads that name a category of people ("critics", "experts", "others").
#: "independents" and "contenders" since a sixth audit of unseen articles ("Independents
#: strongly favored", "The two Democratic Party contenders" had been typed unknown).
#: "superdelegates" since a seventeenth ("Democratic superdelegates overwhelmingly backing
#: Mrs. Clinton", "the Democratic Party's superdelegates" had been typed unknown). "elders"
#: since an eighteenth ("Several prominent GOP elders agreed" had been typed unknown).
#: "fourths", "fifths", "tenths" (fractions, as "third" and "quarter") since a twenty-third
#: ("three-fourths say the government should" had been typed unknown). "foes" and "lobbyists"
#: since a twenty-sixth ("Friends, lobbyists and former foes say" had been named "Friends",
#: its other items no mention, and joined to other lines' "Friends").
GROUP_NOUNS = _words(
    """
    fourths fifths tenths
    taxpayers objectors moderators millennials community chorus nobody anybody colleges
    viewers readers listeners observers academics economists physicians nurses
    hopefuls candidates rivals gopers audience crowd percent percentage majority minority half
    third quarter plurality share handful slice number respondents anyone everyone
    activists advocates all allies americans analysts backers both candidates christians
    citizens commentators conservatives consumers critics delegates democrats detractors
    doctors dozens economists environmentalists evangelicals everybody everyone experts
    families fans feminists few governors groups historians hundreds immigrants insurgents
    investors jews journalists lawmakers leaders legislators liberals locals many mayors media
    members men militants millions most muslims neither nobody observers opponents organizers
    others parents people physicians politicians polls pollsters progressives proponents
    protesters protestors public pundits rebels refugees reporters republicans researchers
    residents sceptics scholars scientists senators several skeptics some students supporters
    survivors teachers thousands traders users victims villagers voters witnesses women workers
    those
    independents contenders
    superdelegates
    elders
    boomers xers zoomers centennials
    foes lobbyists
    """
)

#: Plural names of a generation ("Baby Boomers", "Gen Xers", "Millennials"): people born in
#: the same years, a group whatever the tag ("Baby Boomers", tagged ORG in a tenth audit of
#: unseen articles, had been an organization); `kinds.entity_kind`, and as descriptions in
#: lower case `GROUP_NOUNS`. Written here.
GENERATION_NOUNS = _words("boomers millennials xers zoomers centennials")

#: Nouns ending in "-ist" that name no person ("the list", "a twist"): every other noun so
#: ending is an agent noun, one person or several ("security specialists", "a cyclist"),
#: `is_agent_noun`. Written for a sixth audit of unseen articles, where "security
#: specialists" and "cyber specialists" had been typed unknown; the words are English's
#: common "-ist" nouns and verbs that are no agent.
NOT_AGENT_IST = _words(
    """
    list lists checklist playlist wishlist blacklist whitelist shortlist waitlist
    twist wrist fist mist gist schist tryst exist insist persist resist assist consist
    desist subsist enlist midst amidst hoist moist joist heist grist
    """
)


def is_agent_noun(lemma: str) -> bool:
    """Is ``lemma`` an agent noun in "-ist" ("specialist", "scientist", "lobbyist"), a
    person's or people's noun whatever list it is missing from?"""
    return (
        len(lemma) >= 6 and lemma.isalpha() and lemma.endswith("ist") and lemma not in NOT_AGENT_IST
    )


def person_role(lemma: str) -> bool:
    """Is ``lemma`` a noun for one human being's role: a human noun, a noun of what a person
    is known as, or an agent noun in "-ist"? One test for the two ways of reading two roles
    joined by "and" as one person's (`mentions._roles_of_one`, `Mentions._roles_of_person`)
    and for a description that makes a name a person's (`kinds._described_as_person`)."""
    return lemma in HUMAN_NOUNS or lemma in FAME_NOUNS or is_agent_noun(lemma)


#: Prefixes that, joined by a hyphen to a name, make a word of stance toward it ("anti-LGBT
#: language", "pro-Trump delegates"): no name of its own, whatever the tagger tags it.
#: Written for a thirteenth audit of unseen articles, where "anti-LGBT" tagged PERSON had made
#: every "LGBT" (tagged ORG) a person's surname and five "he" of the GOP nominee its lines.
STANCE_PREFIXES = _words(
    """
    anti pro non
    """
)


#: The heads of a partitive description ("many of those questions", "45% of Republicans",
#: "some of the inquiries"), whose kind is that of the noun after "of" (`Mention.of_noun`).
#: Written for a sixth audit of unseen articles, where "Many of those questions" had been
#: typed a group and "45% of Republicans" unknown. "lot" and "lots" since an eighth audit of
#: unseen articles ("a lot of companies" had been typed unknown). "slew" and "handfuls" (the
#: tagger's lemma of the plural) since a twelfth ("a slew of RNC leaders agree", "a few
#: handfuls of anti-Trump delegates have volunteered" had been typed unknown). "average"
#: since a seventeenth ("The RealClearPolitics rolling average of polls shows" had been typed
#: unknown; "an average of 300 people" is a group as well). "parade" and "quartet" since an
#: eighteenth ("a parade of six turncoat mobsters described", "a quartet of groups that can
#: accept unlimited donations" had been typed unknown). "series" since a nineteenth ("a series of
#: photos from his most recent rally is revealing" had been typed unknown).
#: "majorities" (the plural's own lemma when the tagger takes it for a proper noun) and
#: "proportion" since a twentieth ("Majorities of Democrats in five states say", "The proportion
#: of GOP primary voters saying they want a ban" had been typed unknown). "array" and "portion"
#: since a twenty-second ("a wide array of economists say", "only a small portion of the
#: electorate was aware" had been typed unknown).
PARTITIVE_HEADS = _words(
    """
    all some many few several most both none any each one half third quarter majority
    minority plurality share number handful dozens hundreds thousands millions percent %
    lot lots
    slew handfuls
    average
    parade quartet
    series
    majorities proportion
    array portion
    """
)

#: Singular nouns for the people of a place or an event taken together, which a partitive's
#: "of" may take as it takes a plural ("a small portion of the electorate", "a share of the
#: public"): `mentions._partitive_noun`. Written for a twenty-second audit of unseen articles.
PEOPLE_COLLECTIVES = _words("public electorate audience crowd")

#: Nouns for what a person is known as, an art or a trade ("the star", "the actress", "the
#: journalist"), not a part in the events told ("the officer", "the victim") nor an office:
#: with "the" and no name beside them they stand for the one person named just before
#: (`coref.Resolver._sole_person`). Written for a sixth audit of unseen articles, where "The
#: star then recalled" after "Hayek confirmed" and "the 'Jane The Virgin' actress" after
#: "Gina Rodriguez became" had been left apart, and three stars joined one another. "mogul",
#: "tycoon", "magnate" and "billionaire" since a ninth audit, where "The real estate mogul
#: listed the resort" after Trump had been left apart (as "the gambling tycoon" after Sheldon
#: Adelson in the seventh and "The billionaire businessman" after Trump in the fifth).
#: "jock", "pundit", "commentator", "columnist" since a tenth audit, where "the former
#: radio shock jock" after Glenn Beck had been a source of its own, typed unknown.
FAME_NOUNS = _words(
    """
    star actor actress singer rapper comedian musician songwriter filmmaker novelist author
    writer journalist anchor newscaster broadcaster
    mogul tycoon magnate billionaire
    jock pundit commentator columnist
    """
)

#: Singular nouns for a few people together ("the family said", "the couple thanked their
#: guests"): a group, and what a later "they" may stand for. Not "pair" ("a pair of shoes").
#: "jury" since a nineteenth audit of unseen articles ("Jury shown horrific moment ..." in a
#: headline had been typed a person, "The jury said" unknown).
COLLECTIVE_PEOPLE = _words("family couple duo trio jury")

#: "leadership" and "gang" since an audit of unseen NewsWCL50 articles ("the Congressional
#: leadership", "a gang" had been typed unknown). "brigade" since a twelfth audit of unseen
#: articles ("The fire brigade said" had been typed unknown). "pac" since a seventeenth audit
#: ("a super PAC backing Bobby Jindal", a description since then, had been typed unknown).
#: "panel" and "crew" (as "committee" and "team") since a twenty-sixth ("was investigated by
#: a congressional panel", "Fire crews from Devon and Somerset Fire and Rescue" had been typed
#: unknown; crews in the plural are a group, as "teams").
ORGANIZATION_NOUNS = _words(
    """
    management tank subsidiary museum
    camp
    administration administration's agency airline alliance army assembly association
    authorities authority bank board bureau cabinet campaign caucus center centre chamber
    charity city clinic club co. coalition command commission committee company congress corp.
    corporation council country county court department directorate embassy federation firm
    force forces foundation fund government group headquarters hospital house inc. institute
    kremlin lab laboratory league legislature llc maker manufacturer military militia
    ministries ministry movement nation navy network nonprofit office organisation organization
    parliament party pentagon police prosecutors regime retailer school secretariat senate
    service state states studio team tribunal union university
    leadership gang
    brigade
    pac
    panel crew
    """
)

#: Singular role nouns that, with "the", name one identifiable person ("the commander").
#: "counsel" since an audit of unseen NewsWCL50 articles ("the special counsel", "Trump's
#: outside counsel" had been typed unknown). "rep" and "publicist" since a fifth audit of
#: unseen ECB+ articles ("the actress's rep Jack Ketsoyan ... The rep would not reveal",
#: "her publicist confirmed" had been typed unknown and left apart from the rep's name).
#: "principal" (a school's head; "the Principals", a government's chiefs) since a tenth
#: audit, where "Assuming Principals agree" in a memo had been typed a person. "cop", as
#: "officer", since an eleventh audit. "developer" (of land or of software, a person or a firm,
#: as "producer") since a twenty-fourth ("developers see golf courses as wasted space", "a
#: developer wants to build" had been typed unknown). "supporter" and "backer" (a person, or a
#: firm or a fund that backs one) since a twenty-fifth ("wrote one Sanders supporter",
#: "another supporter wrote on Reddit" had been typed unknown). "mate" (a running mate) since a
#: twenty-seventh ("Trump's running mate — Indiana Gov. Mike Pence — has thrown his support
#: behind Ryan. And he claims" had been no mention, and its "he" given to Trump). Offices held
#: by one person and not yet listed, "treasurer", "comptroller", "registrar", "ombudsman",
#: "magistrate", "chaplain", "archbishop", with "legislator", "politician" and "lobbyist",
#: since a twenty-eighth ("The treasurer said" had been typed unknown).
PERSON_ROLE_NOUNS = _words(
    """
    undersecretary under-secretary
    architect reader visitor questioner commissioner daughter son mother father wife husband
    brother sister widow boss moderator doctor
    magnate tycoon hopeful donor checker fact-checker producer narrator announcer
    activist administrator admiral adviser advisor aide ambassador analyst anchor attorney
    author ayatollah billionaire businessman businesswoman candidate captain ceo chair chairman
    chairwoman challenger chancellor chief coach colonel columnist commander congressman
    congresswoman correspondent defendant democrat diplomat director economist editor emir
    envoy executive expert founder front-runner frontrunner general governor head historian
    host incumbent investigator judge justice king lawmaker lawyer leader man manager mayor
    minister mogul nominee officer official owner plaintiff pollster pope premier president
    prince professor prosecutor queen reporter representative republican researcher scientist
    secretary senator sheikh sheriff speaker spokesman spokesperson spokeswoman strategist
    suspect victim witness woman writer
    dictator strongman autocrat monarch
    counsel
    rep publicist
    principal
    cop
    developer
    supporter backer
    coroner
    mate
    treasurer comptroller registrar legislator politician lobbyist ombudsman
    magistrate chaplain archbishop
    """
)

#: Nouns of work that are no listed role (`PERSON_ROLE_NOUNS`, which the attribution stage
#: reads as well) but a title when apposed to a name (`kinds.entity_title`: "Stuart Stevens, a
#: Republican operative and ...", a thirtieth audit of unseen articles found him untitled), and
#: one of two roles apposed to a name (`mentions._one_persons_roles`: "Jeffrey W. Ubben, an
#: activist investor and founder of ValueAct Capital," untitled in the thirty-first audit).
WORK_NOUNS = frozenset(
    """
    operative staffer speechwriter negotiator journalist blogger detective lieutenant sergeant
    pastor rabbi priest physician surgeon engineer teacher nurse organizer photographer
    councilman councilwoman investor
    """.split()
)
#: Nouns for human beings, one or several (the union of the role, people and anonymous nouns
#: above): "a spokesperson" is no outlet's apposition, "a group of protesters" people.
HUMAN_NOUNS = PERSON_ROLE_NOUNS | PEOPLE_NOUNS | ANONYMOUS_NOUNS

PRONOUNS: dict[str, tuple[str, str]] = {
    # form: (gender m/f/n/?, number s/p)
    "he": ("m", "s"),
    "him": ("m", "s"),
    "his": ("m", "s"),
    "himself": ("m", "s"),
    "she": ("f", "s"),
    "her": ("f", "s"),
    "hers": ("f", "s"),
    "herself": ("f", "s"),
    "it": ("n", "s"),
    "its": ("n", "s"),
    "itself": ("n", "s"),
    "they": ("?", "p"),
    "them": ("?", "p"),
    "their": ("?", "p"),
    "themselves": ("?", "p"),
}

FIRST_PERSON = _words(
    """
    i me my myself our ourselves us we
    """
)
#: The singular of those: the writer or a speaker alone ("I"), where the rest are a group.
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})

#: Determiners and quantifiers that make a nominal indefinite ("a", "two", "some", "several").
INDEFINITE = _words(
    """
    a an another any both dozens few five four hundreds many more most multiple no numerous one
    other several some three two various
    """
)

DEFINITE = _words(
    """
    that the these this those
    """
)

#: Endings of company names that the same company may drop ("EADS N.V.", "Apple Inc.").
CORPORATE_SUFFIXES = _words(
    """
    inc corp corporation co company ltd limited plc nv sa ag llc lp gmbh spa se
    """
)

#: Words that end a company's full name and that the company's short name leaves out: the
#: corporate endings above and words of a company's trade or structure ("Apple Computer" and
#: "Apple", "Ford Motor" and "Ford", "Carlyle Group" and "Carlyle", "Acme Holdings" and
#: "Acme"). Only names tagged ORG are joined so (:func:`~.agreement.company_base`): not the
#: person Ford, nor the city of Washington and "The Washington Post" ("Post" is not here).
COMPANY_NAME_WORDS = CORPORATE_SUFFIXES | _words(
    """
    computer computers group holding holdings motor motors industries enterprises
    technologies systems incorporated
    """
)

#: Well-known firms named by their founders' names or written as a person's first name and
#: surname ("Morgan Stanley", "Eli Lilly", "Bear Stearns", "Charles Schwab"), or by two
#: surnames ("Johnson & Johnson", "Marks and Spencer"): an organization wherever the text
#: writes them, never a person nor two, and a word of theirs alone after them ("Stearns
#: said", "Lilly said") the firm's short name unless the article names a person of that
#: surname in full ("Loretta Lynch"). Written by hand for the review of 2026-12-04 (the rule
#: that types a two-word ORG name whose surname is tagged PERSON a person's made "Morgan
#: Stanley" and "Dow Jones" people): firms of finance, industry, retail and fashion known
#: under such names; living designers often quoted under their own names (Ralph Lauren,
#: Calvin Klein) are left out. Lower case, words as the tokenizer splits them.
FIRMS_NAMED_AS_PEOPLE = frozenset(
    tuple(re.findall(r"[\w.'’]+|[&-]", line))
    for line in """
    morgan stanley
    eli lilly
    johnson & johnson
    lockheed martin
    goldman sachs
    bear stearns
    merrill lynch
    charles schwab
    marks and spencer
    marks & spencer
    procter & gamble
    dow jones
    wells fargo
    ernst & young
    harley-davidson
    rolls-royce
    hewlett-packard
    walt disney
    j.p. morgan
    jp morgan
    smith barney
    dean witter
    edward jones
    raymond james
    lehman brothers
    black & decker
    smith & wesson
    simon & schuster
    dolce & gabbana
    price waterhouse
    arthur andersen
    philip morris
    john deere
    estée lauder
    estee lauder
    louis vuitton
    christian dior
    hugo boss
    sherwin-williams
    """.strip().splitlines()
)

#: The days of the week, which the tagger now and then tags PERSON ("Monday, saying ...") and
#: no one bears as a whole name (written for the audit of unseen articles, 2026-12-04).
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

#: Collective nouns that, with "of" and a plural of people, name people gathered, no body ("a
#: group of about 100 people", "a band of protesters"): `mentions._of_people` (written for the
#: audit of unseen articles, 2026-12-04).
GATHERING_NOUNS = _words("group band bunch gang")

#: Heads that, as "the company", refer back to the last organization named. "provider" since a
#: thirteenth audit of unseen articles ("Telephone providers, such as Portugal Telecom ...,
#: told" had been typed unknown).
COMPANY_NOUNS = _words(
    """
    company firm corporation group airline carrier manufacturer maker retailer bank insurer
    automaker carmaker planemaker conglomerate giant business startup
    provider
    """
)

#: Modifiers a later, shorter description may drop ("the top commander" → "the commander").
GENERIC_MODIFIERS = _words(
    """
    top former new current then same senior chief longtime veteran acting interim outgoing
    incoming embattled
    """
)

#: Lower-case modifiers that set a description's referent against others ("the other senator",
#: "the Republican nominee" is capitalised and so contrastive anyway): a description with one
#: joins only an entity already described with it. "special": "the special counsel" is not
#: "the White House counsel" (an audit of unseen NewsWCL50 articles, once "counsel" was made
#: a role noun).
CONTRASTIVE_MODIFIERS = _words(
    """
    other another second third fourth fifth first last previous next latter rival fellow
    junior opposing special
    """
)

#: Abbreviated titles and the role nouns they stand for ("Gov. Rick Perry" is "the governor";
#: "Rep. Anthony Weiner" is "the congressman").
TITLE_ROLES: dict[str, frozenset[str]] = {
    "gov": _words("governor"),
    "sen": _words("senator lawmaker"),
    "rep": _words("representative congressman congresswoman lawmaker"),
    "representative": _words("congressman congresswoman lawmaker"),
    "senator": _words("lawmaker"),
    "congressman": _words("representative lawmaker"),
    "congresswoman": _words("representative lawmaker"),
    "pres": _words("president"),
    "gen": _words("general"),
    "adm": _words("admiral"),
    "col": _words("colonel"),
    "capt": _words("captain"),
    "sgt": _words("sergeant"),
    "lt": _words("lieutenant"),
    "prof": _words("professor"),
    "atty": _words("attorney"),
    "supt": _words("superintendent"),
    "insp": _words("inspector"),
}

#: Modifiers that mark an unnamed source as withheld on purpose ("a person familiar with").
ANONYMITY_MARKERS = _words(
    """
    anonymity anonymous authorised authorized briefed close familiar knowledgeable senior
    speaking unnamed
    """
)

#: Country and place names that several forms share.
GPE_ALIASES = {
    "u.s.": "united states",
    "us": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}

#: Plural demonyms, the people of a country, a nation or a region ("Britons", "Scots",
#: "Iranians", "Israelis", "Palestinians"): a group of people, whatever the tagger made of them
#: (it tags some PERSON or ORG and leaves others untagged). Written here from the names of the
#: world's countries and a few nations and regions; not words that are also a party's members
#: or a faith ("Republicans", "Christians": see GROUP_NOUNS). Also the plural names of the
#: peoples of a wider origin that news counts as such ("Latinos", "Hispanics"; "Latinos said"
#: was typed an organization or a person in PolNeAR train articles).
DEMONYMS = _words(
    """
    afghans africans albanians algerians americans angolans arabs argentines argentinians
    armenians asians australians austrians azerbaijanis azeris bahrainis bangladeshis
    belarusians belgians beninese bolivians bosnians brazilians britons brits bulgarians
    burmese cambodians cameroonians canadians catalans chadians chileans colombians
    congolese croatians croats cubans cypriots czechs danes dominicans dutchmen ecuadorians
    egyptians emiratis englishmen eritreans estonians ethiopians europeans filipinos finns
    frenchmen georgians germans ghanaians greeks guatemalans guineans haitians hondurans
    hungarians icelanders indians indonesians iranians iraqis irishmen israelis italians
    ivorians jamaicans japanese jordanians kazakhs kenyans koreans kosovars kurds kuwaitis
    laotians latvians lebanese liberians libyans lithuanians macedonians malaysians malians
    mauritanians mexicans moldovans mongolians montenegrins moroccans mozambicans namibians
    nepalis nepalese nicaraguans nigerians nigeriens norwegians omanis pakistanis palestinians
    panamanians paraguayans persians peruvians poles portuguese qataris romanians russians
    rwandans salvadorans saudis scots scotsmen senegalese serbians serbs singaporeans slovaks
    slovenians somalis spaniards sudanese swedes swiss syrians taiwanese tajiks tanzanians
    thais tibetans tunisians turks ugandans ukrainians uruguayans uzbeks venezuelans
    vietnamese welshmen yemenis zambians zimbabweans
    latinos latinas hispanics
    """
)

#: Points of the compass that open a country's name ("North Korea", "South Sudan") and, after
#: "the", name that country again ("the North", "the South").
COMPASS_WORDS = _words("north south east west")

#: Offices one person holds at a time, so that "the president" is the holder, not someone
#: named as a former one ("George W. Bush, the former president"); not roles many hold or
#: that stay a person's in the story ("Trump's former lawyer ... the lawyer" is one man).
SINGLE_OFFICES = _words(
    """
    president premier chancellor governor mayor king queen pope emperor monarch minister
    speaker
    """
)

#: Nouns of a race for an office, not an office held ("Democratic presidential candidate",
#: "the Republican nominee").
RACE_NOUNS = _words(
    "candidate candidates nominee hopeful contender challenger front-runner frontrunner"
)

#: The adjectives that name the office a race is for ("presidential candidate": president).
RACE_OFFICES = {"presidential": "president", "gubernatorial": "governor", "mayoral": "mayor"}

#: Regions an outlet's edition may be named for, lower case, beside the article's own tagged
#: places and the countries of NATIONALITIES ("BBC Scotland", "Breitbart Texas"): the nations
#: of the United Kingdom and the states of the United States.
REGIONS = frozenset(
    """
    scotland wales england ireland
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()
) | {
    "northern ireland", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
}  # fmt: skip

#: Last words of a portfolio's name after "for" that make a title another office ("the
#: president for International Economic Affairs", of "deputy assistant to the president for
#: International Economic Affairs"; "Vice President for Research"): not the president.
PORTFOLIO_WORDS = _words(
    """
    affairs policy policies research communications acquisition acquisitions operations
    development intelligence planning management relations strategy programs logistics
    personnel administration technology innovation outreach legislation services trade
    finance budget readiness resources engagement studies analysis diplomacy
    """
)

#: Last words that make a name a document's, whatever its tag ("James Comey Memos", tagged
#: PERSON in an audit of unseen NewsWCL50 articles; "the Pentagon Papers"). Only words no one
#: bears as a surname: not "Law", "Page", "Story", "Post", "Bill", "Record", "Report"
#: ("Consumer Reports"). "act" (a statute's name: "the Patriot Act", tagged ORG) since a
#: twenty-seventh audit of unseen articles. Not derived from DOCUMENT_NOUNS for that reason:
#: many of them are surnames.
DOCUMENT_NAME_ENDS = _words(
    """
    memo memos memorandum dossier papers documents files tapes emails e-mails transcript
    transcripts affidavit indictment
    act
    """
)

#: Last words that make a name an institution's, whatever its tag ("the Muhammad Ali Center",
#: tagged PERSON in a second audit of unseen PolNeAR texts; "the Jimmy Carter Library"): words
#: no one bears as a surname, written here. Not "Hall", "House", "Church", "Bank", "Trust".
INSTITUTION_NAME_ENDS = _words(
    """
    center centre foundation institute museum library university college academy hospital
    school
    """
)

#: Last words that make a name a public body's, whatever its tag ("Surrey Police", tagged
#: PERSON in a third audit of unseen articles, had been a person): words written here that no
#: one bears as a surname. Not "Court", "House", "Congress", "Cabinet", "Office".
BODY_NAME_ENDS = _words(
    """
    police constabulary ministry department council committee commission agency bureau
    parliament government administration directorate secretariat
    """
)

#: Last words that make a name a company's, whatever its tag ("Shavlik Technologies", tagged
#: PERSON in a fourth audit of unseen ECB+ articles, had been a person): plural words of a
#: firm's trade or structure and corporate endings, written here, that no one bears as a
#: surname. Not "Group", "Motors" or "Company" alone.
FIRM_NAME_ENDS = _words(
    """
    technologies industries enterprises holdings systems incorporated inc inc. corp corp.
    corporation ltd ltd. llc plc gmbh
    """
)

#: The dashes a headline writes between a name and itself ("Esther Williams - Esther
#: Williams"): `detection` and `span_mentions` read a name written twice about one as once.
DASHES = frozenset({"-", "–", "—"})

#: Plural party words that end a name of a party's members' club ("Log Cabin Republicans",
#: "College Democrats", tagged PERSON): an organization's name, no one's
#: (`detection_names._names`, only with the tagger's NNPS). Written for a thirteenth audit of
#: unseen articles, where "Log Cabin Republicans" had been a person.
PARTY_PLURALS = _words("republicans democrats")

#: A party's words before a role's noun ("the Republican incumbent", "the GOP nominee"): the
#: person's party, read by `coref.Resolver._party_role`.
PARTY_WORDS = _words("republican democratic democrat gop")

#: Words of public life that make "figure" a person's noun ("some party figures", "some GOP
#: figures", "Other prominent figures", "a public figure"): `kinds.nominal_kind`. Alone or
#: beside other words "figures" are numbers ("the latest figures", "sales figures") and stay
#: as they were. Written for a twenty-second audit of unseen articles, where "some party
#: figures concluded" and "some GOP figures declared" had been typed unknown.
PUBLIC_FIGURE_WORDS = PARTY_WORDS | _words(
    """
    party political public prominent establishment opposition polarizing polarising divisive
    controversial iconic towering
    """
)

#: Last words that make a name of two words or more an advocacy group's, a campaign's or a
#: committee's, whatever its tag ("Priorities USA, a pro-Clinton super PAC, emailed", left
#: untagged in a tenth audit of unseen articles, had been a person; "Heritage Action", "Right
#: to Rise PAC"): words written here that no one bears as a surname. Not "Fund" (the
#: columnist John Fund), "Trust", "Watch", "Union".
CAMPAIGN_NAME_ENDS = _words(
    """
    usa pac action coalition alliance association caucus federation network initiative
    """
)

#: Words that put a role in the past ("former President Bush", "the ex-governor", "the late
#: king"): its holder no longer. Not "then" ("Reince Priebus, then the White House chief of
#: staff"), which dates the role to the story's time, when a later "the chief of staff" is
#: still him.
PAST_ROLE = _words("former ex late onetime erstwhile")

#: Lemmas of verbs of speech: a clause on a noun that reports what it says ("critics saying that
#: Apple was slow") is no part of its description, and an "it" that says something ("it said
#: that") is no pleonastic "it".
SPEECH_LEMMAS = {"say", "report", "tell", "announce", "write"}

#: Nationality adjectives and the words that name their country, lower case ("the Russian
#: foreign minister" is a minister the article ties to Russia: "Russian Foreign Minister X",
#: "Russia's foreign minister, X", "X of Russia"). Written here from the names of the world's
#: larger countries; one adjective per country, with the country's common names.
NATIONALITIES: dict[str, frozenset[str]] = {
    adjective: _words(names)
    for adjective, names in {
        "afghan": "afghanistan",
        "american": "america u.s. us usa u.s.a. washington",
        "argentine": "argentina",
        "australian": "australia",
        "austrian": "austria",
        "belgian": "belgium",
        "brazilian": "brazil",
        "british": "britain u.k. uk london",
        "bulgarian": "bulgaria",
        "canadian": "canada",
        "chilean": "chile",
        "chinese": "china beijing",
        "colombian": "colombia",
        "croatian": "croatia",
        "cuban": "cuba",
        "czech": "czechia",
        "danish": "denmark",
        "dutch": "netherlands holland",
        "egyptian": "egypt",
        "finnish": "finland",
        "french": "france paris",
        "german": "germany berlin",
        "greek": "greece athens",
        "hungarian": "hungary",
        "indian": "india",
        "indonesian": "indonesia",
        "iranian": "iran tehran",
        "iraqi": "iraq baghdad",
        "irish": "ireland",
        "israeli": "israel",
        "italian": "italy rome",
        "japanese": "japan tokyo",
        "jordanian": "jordan",
        "kenyan": "kenya",
        "lebanese": "lebanon",
        "libyan": "libya",
        "mexican": "mexico",
        "nigerian": "nigeria",
        "norwegian": "norway",
        "pakistani": "pakistan",
        "palestinian": "palestine",
        "philippine": "philippines",
        "polish": "poland",
        "portuguese": "portugal",
        "romanian": "romania",
        "russian": "russia moscow kremlin",
        "saudi": "saudi",
        "serbian": "serbia",
        "korean": "korea",
        "spanish": "spain madrid",
        "swedish": "sweden",
        "swiss": "switzerland",
        "syrian": "syria damascus",
        "taiwanese": "taiwan",
        "thai": "thailand",
        "turkish": "turkey ankara",
        "ukrainian": "ukraine kyiv kiev",
        "venezuelan": "venezuela",
        "vietnamese": "vietnam",
    }.items()
}

#: Every word of NATIONALITIES naming a country (or its capital), and the REGIONS: the places
#: an outlet's edition may be named for and that no newspaper description is about
#: (:func:`is_country_or_region`).
COUNTRIES_AND_REGIONS = REGIONS.union(*NATIONALITIES.values())


def is_country_or_region(place: str) -> bool:
    """Is ``place`` (lower case) a country or capital of NATIONALITIES or one of the REGIONS?"""
    return place in COUNTRIES_AND_REGIONS


#: Abbreviations of roles, written with or without spaces ("the D. A.", "D.A. Ann Lee"), and
#: the role noun each stands for: a role, never a person's initials.
ABBREVIATED_ROLES = {"d.a.": "attorney"}

#: Abbreviations of roles written without full stops ("the DA"), each with the dotted form it
#: stands for and the role spelled out: read so only in a text that spells the role out
#: somewhere ("Queens District Attorney Richard Brown ... the DA said"; a twelfth audit of
#: unseen articles found "the DA" `unknown` and apart from Brown on three attributions).
#: Elsewhere "the DA" may be a party's initials (South Africa's Democratic Alliance).
UNDOTTED_ROLES = {"DA": ("d.a.", "district attorney")}

#: Heads of noun phrases that name people, bodies, outlets or documents: a subject or a label
#: headed by one of them can be a speaker or a record ("Poll:", "Insiders:", "the lawyer
#: said"). Read by the attribution stage (``verbcues``, ``colon``).
SPEAKER_NOUNS = (
    PEOPLE_NOUNS
    | PERSON_ROLE_NOUNS
    | PERSON_TITLES
    | ANONYMOUS_NOUNS
    | GROUP_NOUNS
    | COLLECTIVE_PEOPLE
    | ORGANIZATION_NOUNS
    | OUTLET_NOUNS
    | DOCUMENT_NOUNS
    | REPORTING_NOUNS
)
