"""Sentence voice: evaluative vs factual on short synthetic sentences, headings, frames, the
paraphrase rule, and the sample article's sentences."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from spacy.language import Language

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.pipeline import Analyzer
from newsprov.analysis.voice import (
    Coverage,
    _touching,
    classify_sentences,
    is_heading,
    label_piece,
    question_heads,
)
from newsprov.ingest import article_from_text
from newsprov.record import Attribution, Record

# -- the outlet judges, or states: one synthetic sentence each (no attribution in any) --------
EVALUATIVE = [
    ("The primary culprits behind the delay are the committee's leaders.", "culprits"),
    ("It is not clear what the new plan will entail.", "It is not clear"),
    ("It appears the mayor has approved the plan.", "It appears"),
    ("On Tuesday, it seemed that the energy had gone from the streets.", "it seemed"),
    ("Under the new governor, the state has been far more aggressive.", "far more"),
    ("The senator slammed the proposal on the floor on Tuesday.", "slammed"),
    # a promise said, glossed: "pledged to", "pledged that"
    ("The senators pledged to find ways to improve the measure.", "pledged"),
    # the loaded senses of words with a plain one (below): a retort, a label for a person
    ("The senator snapped at reporters on Tuesday.", "snapped"),
    ("He is a party hack with no record of his own.", "hack"),
    ("The controversial bill passed the House on Tuesday.", "controversial"),
    ("The embattled governor appeared at the fair on Monday.", "embattled"),
    ("The council adopted a draconian curfew for the district.", "draconian"),
    ("The mayor is deeply unpopular in the northern wards.", "deeply"),
    # ... and their loaded senses: a label, praise, a retort
    ("The row over the budget exploded on Tuesday.", "exploded"),
    ("The leaders rammed the bill through Congress.", "rammed"),
    ("The senator stormed off the set.", "stormed"),
    ("The governor cheered the ruling on Monday.", "cheered"),
    ("The White House dangled the post in front of him.", "dangled"),
    ("The mayor snapped back at his critics.", "snapped"),
    ("The company exploited its workers for years.", "exploited"),
    ("An angry mob gathered outside the embassy.", "mob"),
    ("People in the mob scene around the compound were angry.", "mob"),
    ("The ultra-conservative wing of the party walked out.", "ultra"),
    ("The crowd hailed the ruling on Monday.", "hailed"),
    ("The senator pushed back against the criticism.", "pushed back"),
    # ... but an adverb of size on anything but a measured change is the outlet's intensity
    ("The senator sharply criticized the plan on Tuesday.", "sharply"),
    ("The president has dramatically changed his tone.", "dramatically"),
    # the loaded senses beside the plain ones of 2026-12-04 (afternoon, below): a label, a
    # political threat, an adverb that grades, boldness, gridlock as a stalemate, a manner
    ("He opened up about his troubled past.", "troubled"),
    ("The governor threatened to cut the school's funding.", "threatened"),
    # the same threat named by a noun with its deed, or by a participle with its threatener
    ("The senators' threat to filibuster every bill will be tested on Friday.", "threat"),
    ("Despite his threatened third-party run, he plans to endorse a candidate.", "threatened"),
    ("The remark was overwhelmingly offensive to voters.", "overwhelmingly"),
    ("The governor made a bold move on Tuesday.", "bold"),
    ("The bill died amid gridlock in Congress.", "gridlock"),
    ("The board imposed punitive tariffs on the imports.", "punitive"),
    ("The minister emphatically said the plan was dead.", "emphatically"),
    ("Why would anyone believe the council now?", "?"),
    # a question without a verb is one still, unless it is a name alone (below)
    ("A double-dip recession?", "?"),
    ("Will Governor Pence run again?", "?"),
    # negatives of the reader's poll: "you" asked with another clause, and no "you"
    ("Do you really think the council will keep its promise this time?", "?"),
    ("Does anyone support the mayor's plan now?", "?"),
    ("The agency released its so-called reform plan on Monday.", "so-called"),
    ("The minister testily defended the budget, angrily waving the papers.", "testily"),
    ("The plan was a disaster for the town's small farmers.", "disaster"),
    ("Controversial Governor Paul Smith opened the session on Tuesday.", "Controversial"),
    # a listed adjective the parse reads as part of the name after it (tagged PROPN)
    ("Controversial Maine Gov. Paul Smith opened the door on Tuesday to an exit.", "Controversial"),
    # "all but" meaning "almost" is the outlet's judgement
    ("The old plant is all but abandoned after the ruling.", "all but"),
    # a comment adverb the tagger takes for a name
    ("Technically, the task force is independent of the association.", "Technically"),
    # hedges with a contraction, a typographic apostrophe, or no "it"
    ("It's unclear whether the plan will work.", "It's unclear"),
    ("It’s not clear who paid for the trip.", "It’s not clear"),
    ("Whether the council will agree is not clear.", "is not clear"),
    ("Why the bridge failed remains unclear.", "remains unclear"),
    ("It looks like the mayor took the warnings literally.", "It looks like"),
    # a source-less "appears" / "seems" is the outlet hedging, not someone it relays
    ("The mayor appears to be avoiding the question.", "appears to"),
    (
        "The council is suing the developer, in what appears to be a bid to stall the project.",
        "what appears to be",
    ),
    # a listed "-ing" adjective before its noun, even one the parse takes for a verb's object
    ("The mayor made misleading statements about the budget.", "misleading"),
    ("The deal drew withering criticism from the unions.", "withering"),
    # the outlet's gloss of an act: a threat, a plea, a grab at an opening
    ("The mayor threatened to veto the budget on Friday.", "threatened"),
    ("Farmers pleaded for more time to repay the loans.", "pleaded"),
    ("Rival candidates seized on the remarks within hours.", "seized"),
    ("The senator capitalized on the crisis to raise money.", "capitalized"),
    ("The senator admitted to the affair on Friday.", "admitted"),
    # ... and outside a plea or a filing, a concession and a reporting verb with a connotation
    ("The mayor admitted that the plan had failed in the first year.", "admitted"),
    ("The mayor contends that the plan will save the city money.", "contends"),
    # ... and "slam" judging words or deeds, or "slammed into" a person
    ("The senator slammed into Clinton over the emails.", "slammed"),
    # ... but "strongly" on a report is how the outlet says someone spoke
    ("The mayor strongly denounced the ruling on Monday.", "strongly"),
    # ... also when the parse hangs the verb on the name before it, the sentence's root
    ("Donald J. Trump, the presumptive nominee, seized on the attacks as evidence.", "seized"),
    # a rare listed adjective the tagger takes for a noun; distancing adjectives; spectacle
    ("The minister delivered a bellicose response to the report.", "bellicose"),
    ("The report described a supposed meeting between the two men.", "supposed"),
    ("Despite the mayor's fulminations, the budget passed on Tuesday.", "fulminations"),
    ("The mayor whipped himself into a fury after reading the audit.", "into a fury"),
    # the outlet's paraphrase of a report; a distancing label even inside a charge
    ("The senator said the agency had botched the rollout.", "botched"),
    ("The mayor accused the council of pushing a so-called reform.", "so-called"),
    # litotes; a judgement of capacity in the outlet's own words
    ("The senator has not been shy about criticizing the mayor.", "not been shy"),
    ("The push for a new stadium ended in failure.", "failure"),
    # the outlet weighing the evidence
    ("These details add credibility to the mayor's account.", "add credibility"),
    ("The new figures cast doubt on the company's forecast.", "cast doubt"),
    # the outlet judging a statement as extreme, inside the frame of a report
    ("The senator went so far as to say the mayor should resign.", "so far as to"),
    ("The mayor even went as far as to call the audit a hoax.", "as far as to"),
    # "alleged" as a reporting verb, "highly" before an adjective
    ("The mayor alleged that the council had lied about the audit.", "alleged"),
    ("The mayor is highly unpopular in the suburbs.", "highly"),
    # the listed senses next to the plain ones above: a brag, a demand, a confession, a question
    ("The mayor boasted that the budget was the best in the state.", "boasted"),
    ("The mayor boasted of his record at the rally.", "boasted"),
    ("Protesters outside city hall were demanding answers.", "demanding"),
    ("The company did not admit wrongdoing in the settlement.", "admit"),
    ("Why would the council wait another year?", "?"),
    ("The two plans show a striking contrast.", "striking"),
    ("The council moved to stamp out dissent.", "stamp"),
    ("Democrats will not keep rubber-stamping deals they dislike.", "stamping"),
    ("Five senators pledged to fight on.", "pledged"),
    # the loaded senses next to the plain ones below: praise, adopting, a retort, a claim, a
    # mockery, a plea, a label, a war of words, a government, a degree, an attitude
    ("The governor applauded the ruling on Monday.", "applauded"),
    ("The party embraced the plan after the election.", "embraced"),
    ("The senator blasted the plan on the floor.", "blasted"),
    ("The mayor contends that the audit was rigged.", "contends"),
    ("The senator mocked his rival at the rally.", "mocked"),
    # negatives of the plain senses of 2026-12-05 (seed 919)
    ("The senators passed a sweeping overhaul of the immigration law.", "sweeping"),
    ("The campaign tried to spin the story as a victory for the senator.", "spin"),
    ("The senator lectured reporters on manners at the rally.", "lectured"),
    ("The spending bill was loaded with pork for the senators' home states.", "pork"),
    # negatives of the plain senses of 2026-12-05, late morning (ECB+ seed 45, MEANTIME)
    ("The group hijacked the debate over the budget in the spring.", "hijacked"),
    ("The senator fired back at his critics on Tuesday.", "fired back"),
    ("The senator fired back with a parting shot at his critics.", "fired back"),
    ("The very best players left the team in the spring.", "very"),
    ("Mr. Khan pleaded with voters to reject his brand of politics.", "pleaded"),
    ("The senators pledged to the crowd to fight on.", "pledged"),
    ("The rally drew extremist Republicans from three states.", "extremist"),
    # "erupt" of a quarrel, a feeling or unrest, next to a crowd's sound below
    ("A bitter power struggle erupted inside the party.", "erupted"),
    ("The town erupted in anger after the verdict.", "erupted"),
    ("The square erupted in protests after the shooting.", "erupted"),
    ("The candidate has declared a war on coal.", "war on"),
    ("The regime of Bashar Assad has used chemical weapons.", "regime"),
    ("The regime changed its tactics after the vote.", "regime"),
    ("The result was too close for comfort.", "too close"),
    ("The council has been far more aggressive under the new mayor.", "far more"),
    ("The attack rattled the campaign on Monday.", "rattled"),
    ("The governor sternly rejected the plan.", "sternly"),
    # stock figures of political reporting (2026-12-04, evening): a quantity metaphor, a
    # verbal attack taken at someone, a blow to something with any modifier before it
    ("The governor joined a chorus of senators calling for a recount.", "chorus of"),
    ("The mayor has faced a litany of questions about the contract.", "litany of"),
    ("The agency is facing a maelstrom of criticism over the delay.", "maelstrom of"),
    ("The mayor also took a shot at the governor on Friday.", "took a shot at"),
    ("The senator took some shots at her rival during the debate.", "took some shots at"),
    ("She took some shots at him over his vote to protect gun makers.", "took some shots at"),
    ("In a stinging blow to the mayor, the council overrode his veto.", "blow to"),
    ("The ruling is a serious blow to the union.", "blow to"),
    # 2026-12-05 (seed 733): "concede" as an admission, not a contest; a judgement of capacity;
    # a quarrel pictured as a war; a depiction's loaded words and degree; a share's neighbour
    # that names no answer
    ("The director conceded for the first time that the program existed.", "conceded"),
    ("The mayor conceded the point on Monday.", "conceded"),
    ("Ben Carson struggled to answer a simple question about the coalition.", "struggled"),
    ("The agency has struggled to keep up with the court's schedule.", "struggled"),
    ("The two governors are locked in a war of words over the river.", "war of words"),
    ("Rivals sought to paint him as too soft on crime.", "too soft"),
    ("Shares fell 5% amid fierce criticism of the merger.", "fierce"),
    # words of defeat and failure, written 2026-12-05 from unflagged PolNeAR train sentences
    ("The mayor was walloped in the northern wards.", "walloped"),
    ("The rebellion in the party has fizzled.", "fizzled"),
    ("The plan was a nonstarter in Congress.", "nonstarter"),
    ("Her campaign has been bogged down by the revelation.", "bogged down"),
    # an audit of unseen texts (ECB+, MEANTIME, PolNeAR dev; 2026-12-05, seed 4848): the
    # hedge "maybe", praise of conduct, and the loaded senses the plain ones leave
    ("Maybe the reform was always going to be delayed.", "Maybe"),
    ("These are laudable goals for a city of its size.", "laudable"),
    ("The council's restraint was admirable.", "admirable"),
    ("A power struggle erupted inside the party over the budget.", "erupted"),
    ("Violence erupted in the capital after the vote.", "erupted"),
    ("The senator proclaimed victory before the votes were counted.", "proclaimed"),
    ("The new plan is even worse than the one it replaced.", "even worse"),
    ("It was an all-too-familiar scene for the team's fans.", "too-familiar"),
]

FACTUAL = [
    "The Pentagon ordered commanders to plan for a campaign in Iraq.",
    "The council voted 7-2 on Tuesday to approve the budget.",
    "The storm killed 12 people and destroyed 300 homes in the province.",
    "The Supreme Court heard arguments in the case on Monday.",
    "The senator was elected in 2012 and serves on the finance committee.",
    "Police arrested two men after the shooting on Main Street.",
    "The company reported a loss of $2 billion in the third quarter.",
    "The war in the region has displaced more than a million people.",
    "The governor publicly announced the plan at a news conference.",
    "The bill would ban the sale of flavored tobacco in the state.",
    "Officials have not yet decided whether the school will reopen.",
    "The Justice Department opened an investigation last year.",
    # look-alikes of listed phrases and hedges: "all but" meaning "except", a name, an
    # established name of a policy, an approximator before a number
    "The measure passed with the votes of all but 10 Republicans in the chamber.",
    "All but $190,450 of their giving passed through the family foundation.",
    "The couple bought televisions at Best Buy in 2010.",
    "The president shifted the war on terrorism from Iraq to Afghanistan in 2009.",
    "The center, perhaps 15 stories tall, would be built two blocks north of the site.",
    # a name ending in "-ly" opening the sentence is no comment adverb
    "Kelly, the mayor, opened the session on Monday.",
    # the concessive "even if" / "even though" is no counter-expectation
    "The outcome remains uncertain, even if the board approves the merger.",
    "The plant stayed open, even though its owner had filed for bankruptcy.",
    # descriptive senses of words that can judge
    "Neighbors held a peaceful vigil on Sunday after the fatal crash.",
    "Investigators toured historic mining sites that closed in the 1950s.",
    "The zoning plan faced vocal opposition from council members.",
    # the verb, not the listed adjective: an "-ing" form with an object or a complement
    "The treasurer was dismissed for misleading the board about the audit.",
    # a quantity with its "of" is the verb's object: "sweep" a region, win all of it (a
    # PolNeAR train sample re-read, seed 919, 2026-12-05)
    "As ballots were counted, Clinton was sweeping much of the South.",
    "The clinic was fined for failing to report the outbreak.",
    # "claim" is the plain verb of a claim or a legal step
    "The families are claiming asylum at the border crossing in Nogales.",
    "The rebel group claimed responsibility for the blast on Monday.",
    # a pledge of a thing (allegiance, money) is the act, not a promise said
    "The gunman had pledged allegiance to the group before the attack.",
    "The donors pledged $5 million to the fund on Monday.",
    # ... and the bound kind: "pledged delegates"
    "Clinton leads Sanders 1,428 to 1,153 in pledged delegates.",
    # the camera's snap, the break-in's hack, a frequency adverb on a cue verb
    "Tourists snapped photos of the parade from the bridge.",
    "The report did not provide evidence that China was behind the hack.",
    "Investigators traced the hack of the party's servers to Russia.",
    "The DNC hack exposed thousands of emails.",
    "The governor routinely defends the budget at town meetings.",
    # literal senses of loaded words: an explosion, a collision, an assault, a crowd's cheer,
    # a hanging thing, a streak ended, a software attack, organised crime
    "A bomb exploded at the bank late Friday, killing an officer.",
    "Four men rammed their car into a jewellery store on Monday.",
    "The pirates tried to storm a ship in the gulf.",
    "Thousands of delegates rose to their feet and cheered.",
    "She sat on the wall, her feet dangling.",
    "The team snapped its scoreless string with two free throws.",
    "He was convicted of mob-related crimes in 2003.",
    "The mob boss died in prison at 77.",
    # plain senses: where one comes from, a size, a delay
    "The senator, who hails from the same state, spoke on Monday.",
    "The company built an ultra-long range version of its airliner.",
    "Development of the new airliner has been pushed back to 2020.",
    # the size of a measured change is no intensity of the outlet's
    "Stock markets around the world have fallen dramatically today.",
    "While earnings dropped sharply from a year ago, the results still beat expectations.",
    "With the staff dramatically downsized, the aides met by phone.",
    "The company has sharply trimmed its payroll since the spring.",
    "Shares closed sharply higher on Friday.",
    # descriptive "partisan", a legal term, a quoted number, an "-ly" adjective on its noun
    "The poll shows a partisan divide among young voters.",
    "The report by the non-partisan Cook Political Report was released on Monday.",
    "The laws require that doctors at clinics have admitting privileges at local hospitals.",
    'The page held the tweet with the id "753634846703030273" and a photo.',
    '"I was involved in an effort in 2013," the senator said, in response to a friendly '
    "question about how immigration policies affected farms.",
    # a legal plea and a seizure are no gloss
    "The driver pleaded guilty to two counts of fraud on Monday.",
    "Police burned the cocaine seized on the highway last week.",
    "Drugs seized on the highway were burned on Monday.",
    # a thing that looks like another: no expletive "it"
    "The new stadium looks like a spaceship from the highway.",
    # letting in is no confession
    "The Senate voted in 1998 on admitting Poland and Hungary to NATO.",
    "The senator was admitted to the hospital on Friday.",
    # letters capitalised are no exploitation; a noun ending in "-ly" is no manner adverb
    "The minister used the erratically capitalized format of the tweets.",
    '"Nobody knows what I will do," he said to the minister, who winked in silent reply.',
    # "alleged" as the legal term, "highly" in a stock compound with a participle
    "The union is alleging, in a complaint filed in state court, that the company withheld pay.",
    "The lawsuit alleges that the landlord ignored the tenants for years.",
    "Police arrested the alleged gunman on Monday.",
    "The party filed a lawsuit on Friday against the city, alleging that officials hid costs.",
    # ... however the parse hangs the participle, and with the filing set off after the verb
    "The party filed a federal lawsuit against the mayor, the city and its bank alleging fraud.",
    "The union opened a legal fight on Friday, filing a lawsuit in court alleging that the "
    "company hid its profits.",
    "The union is alleging, in a complaint filed in state court in Albany, that the company "
    "withheld pay.",
    "The bridge opening came days before a highly anticipated vote on the budget.",
    # the wording of a charge is the accuser's
    "Residents have accused the developer of making grandiose claims and resorting to bullying.",
    "The mayor blamed both parties for the gridlock at city hall.",
    # someone asking is no insinuation of the outlet's
    "Two council members raised questions about the contract on Monday.",
    # a threat without what is threatened, a threatened species; a compound and a charge
    "The new missiles threaten every city in the region.",
    "Officials declared the owl a threatened species last year.",
    "The patient died of heart failure at the clinic on Monday.",
    "The count of failure to register as a lobbyist carries a fine.",
    # a judgement noun inside a report is the speaker's
    "The mayor said it would be a mistake to close the school.",
    # distance, not degree: "as far as" without "to" + verb
    "The trail runs as far as the river, about two miles from the town.",
    # "supposed to" is an obligation, not distancing
    "The plant was supposed to open in May.",
    # a name alone, asked about, lists candidates: no rhetorical question
    "Governor Pence?",
    "And Mr. Gingrich?",
    "Senator Joni Ernst of Iowa?",
    "Retired Lt. Gen. Mike Flynn?",
    # a question mark after a space is a damaged character, not a question
    "The group is run by two strategists, Nelson Warfield ? and John ?McLaughlin, and ?",
    # a reader prompt of nouns alone asks nothing rhetorical
    "Questions?",
    "Comments or suggestions?",
    # a poll put to the reader, an embedded poll's prompt (2026-12-05, seed 919)
    "Do you support Dr. Ben Carson?",
    "What do you think of the governor's attack on the mayor last night?",
    # extent and comparison adverbs (2026-12-05, seed 919)
    "More broadly, the company has been selling off its landline business.",
    "The three candidates broadly agreed on a plan for the region.",
    # what is had, not what is bragged: "boast" with an object and nothing said
    "The town boasts three museums and a concert hall.",
    "The governor boasts a 20-point lead in the latest poll.",
    # the adjective "demanding": hard work
    "The annual ritual is demanding and time-consuming.",
    # letting in, in the passive and with those let in for object
    "Only 2,200 refugees have been admitted in the past four years.",
    "A plurality of the refugees admitted to the country from the camps are Christian.",
    "Public colleges are admitting more out-of-state students.",
    # a rate of change and a domain are no intensity
    "Elections increasingly hinge on turnout in the suburbs.",
    "Domestically, the president has acted through regulation.",
    # a quoted handle, link or acronym is an address or a name, no scare quote
    'The post appeared under the name "@cityhall" on Monday.',
    'The "SNL" sketch aired on Saturday night.',
    # an embedded post's markup between two attributes' values (2026-12-05, seed 919)
    '<tweet pic="" author="someone" timestamp="1470067200">The mayor spoke.',
    # those on strike and a reach; a stamp of ink; a sum pledged
    "The company and striking unions reached a deal on Sunday.",
    "The senator is within striking range of a victory in the state.",
    "Agents seal the tunnels and stamp them with the date.",
    "The city has raised $57 million of the $64 million it pledged to host the event.",
    "Funding dropped to just 75,000 pledged for this year.",
    # from reading the flags of 120 + 115 PolNeAR train articles and the NewsWCL50 articles
    # (2026-12-04): hands clapping, arms embracing, mail sent in bulk, coping, a rehearsal, a
    # press, a bound delegate, a plea in court whatever hangs on it
    "The crowd applauded.",
    "The audience laughed and applauded as the boy spoke.",
    "The two embraced warmly and kissed each other on the cheek.",
    "Her campaign quickly blasted out an email to supporters.",
    "Trump and his allies already are contending with the special counsel's investigation.",
    "The person who plays the senator in the mock debates has been chosen.",
    "He worked at the plant that squeezes oranges into juice.",
    "Superdelegates currently pledged to Clinton may reconsider.",
    "A former congressman pleaded guilty in July 2010 to illegal lobbying under the law and "
    "obstruction of justice for his work with a charity in Khartoum.",
    # a war fought with arms, a policy's name, a system of rules, the term of terrorism
    # reporting, a race not yet called, a poll's rating
    "Turkey joined the war on ISIS in Syria last year.",
    "Syria proved to be resistant to the calls for regime change.",
    "The province imposed a levy under a regime of cap and trade.",
    "Extremist groups like the Islamic State have used the service to recruit.",
    "The company suspended accounts that shared extremist content.",
    "Some states remained too close to call.",
    "Some 56 percent of those polled said they were much less likely to vote for the party.",
    "Areas hit hardest by imports were much more likely to move to the far right.",
    "Romney listed the nominee's qualities, which the moderator rattled off as he frowned.",
    # a divestiture, near, teaching, the meat (a fresh sample of PolNeAR train articles, seed
    # 919, 2026-12-05)
    "The adviser suggested that the company spin off a major division last year.",
    "The amendment was within hailing distance of becoming the law of the land.",
    "The judge is an expert on antitrust law and has lectured on the topic at Harvard.",
    "The family spent Christmas Eve with marinated pork and a game on television.",
    "He joked that he would bring a Cuban pork roasting box to Washington.",
    # a vehicle seized, gunfire returned, a floor on a figure, the suffix "-wise"
    # and adverbs of time (an ECB+ sample, seed 45, and MEANTIME, 2026-12-05, late morning)
    "Three pirates were attempting to hijack the merchant vessel around noon on Saturday.",
    "The boarding party found ladders and ropes for an attempt to attack and hijack the ship.",
    "The navy stopped a Thai trawler that was being hijacked in the gulf.",
    "The hijacked airliner landed in Cyprus on Sunday night.",
    "This year, pirates have attacked nearly 100 vessels off the coast and hijacked nearly 40.",
    "The merchant ship fired back with small arms at the speedboats.",
    "At the very least, the appeals process will last five years.",
    "Competition-wise, the device is still the most popular phone on the market.",
    "Presently, parliament has one member of the party, who won a seat in June.",
    # "allege" in a sentence naming the filing or its parties is the legal term
    "Democratic Party alleges a conspiracy in new lawsuit.",
    "The suit does not name the mayor as a defendant, but alleges that his aides took bribes.",
    # the words of what someone called something are theirs, and a single-marked headline
    # quotation or one in doubled apostrophes (an archive's double mark) is a quotation
    "The spokesman responded on Twitter, calling the charge “pathetic” and “dangerous.”",
    'The senator branded the inquiry a "witch hunt."',
    "In 'crazy election,' the governor strives for a spot in the debates.",
    "'We are in shock, horrified': A mosque feels the spotlight.",
    "He has directed ''a very ambitious internal reorganization process'' for two years.",
    "The name ''Brujas'' -- Spanish for ''witches'' -- comes from a 1986 video.",
    # a show's name, a prefix of a stance, an order, a proportion
    "The new ''Today'' anchor will compete with the other morning shows.",
    "The actor had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers.”",
    "The anti-Trump and anti-Cruz activists sat in the hall.",
    "Alphabetically, the state was next up in the roll call.",
    "The companies rely primarily on users to report such material.",
    # from reading the BASIL 2010-2016 flags that hold no lexical-bias span, checked on
    # NewsWCL50 and PolNeAR train (2026-12-04, afternoon): "outspoken" (like "vocal"), speed
    # and frequency adverbs, a threat of violence, a feeling with its cause, a majority,
    # terms of law, type and traffic, a comparison's outcome
    "The former president, an outspoken critic of the mayor, spoke at the rally.",
    "The governor has been outspoken on the issue of water rights.",
    "Republicans have consistently supported the effort.",
    "Several editors swiftly said the column was out of line.",
    "The officer was suspended for threatening to kill one of the protesters.",
    "He fled the country after gangs threatened to shoot him.",
    "The justice said he was troubled by the ruling.",
    "Congress on Wednesday overwhelmingly rejected the veto.",
    "Black voters in the state overwhelmingly support the president.",
    "The women are seeking punitive damages from the company.",
    "The words were printed in bold white letters across the cover.",
    "The closures created traffic gridlock in the town for four days.",
    "The last debate will focus exclusively on foreign policy.",
    "Police have long said anecdotally that arrests are rising.",
    "The mayor favorably compared his record with his rival's.",
    # a threat no one glosses: a danger, a threat of violence, a species under threat
    "Iran is a threat to national security.",
    "The threat of a shutdown hung over the talks.",
    "His threat to kill the witnesses was recorded by the police.",
    "The threatened species lives in the northern hills.",
    # a crowd's sound erupting (150 + 100 fresh PolNeAR train articles, 2026-12-04)
    "Cheers erupted from the audience when the governor took the stage.",
    "The senator's supporters erupted into cheers as the results came in.",
    "Delegates on the floor erupted in a chorus of booing.",
    "The hall erupted in laughter at the mayor's joke.",
    # the same nouns in their literal sense: a crowd's sound, weather, a shot at a goal or a
    # chance, a blow to the body; and the conventional measures "flood" and "wave"
    "A chorus of cheers and boos rose from the crowd.",
    "A torrent of rain fell on the town on Sunday.",
    "The guard took a shot at the basket in the final second.",
    "The state has taken a shot at winning the bid.",
    "The gunman took a shot at the officers from the roof.",
    "The man took a shot at the deputies with a rifle.",
    "The officer suffered a blow to the head during the arrest.",
    "A flood of imports has hit the steel industry.",
    "A wave of new voters registered in the spring.",
    # the legal senses: an admission in a plea, a filing's contention (a fresh sample of
    # PolNeAR train articles, seed 509, 2026-12-05)
    "The clerk admitted in his plea that he had sold the files to a broker.",
    "The driver pleaded guilty on Monday to fraud, admitting that he had forged the forms.",
    "The lawsuit contends that the agency broke the law when it closed the office.",
    # a collision (2026-12-05, seed 509)
    "The car slammed into a tree on the highway.",
    "After slamming into the barrier, the truck came to a stop.",
    # the step of an opinion scale on a stance (2026-12-05, seed 509)
    "Some 34 percent of those polled strongly agree that the plan should pass.",
    "The party is led by a candidate whom many of its members strongly oppose.",
    "The measure is strongly opposed by the unions.",
    # the loser's concession of a contest, and a crowd's cheer (2026-12-05, seed 733)
    "The senator conceded late on Tuesday night.",
    "The story was updated to reflect that the mayor won and that his rival conceded.",
    "The crowd cheered Sanders as he took the stage in Oakland.",
    "The friendly audience cheered her attacks on the governor.",
    # a poll's answers after their shares (2026-12-05, seed 733)
    "Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.",
    "Opinion was split: 46% with a positive view, including 16% who would be enthusiastic.",
    # a hardship of living, no judgement of capacity
    "Many families in the valley struggle to make ends meet.",
    "The senator met service workers who are struggling to get by.",
    # a depiction's weak cues are the depicter's
    "Both sides have painted the case as extremely consequential.",
    # fights breaking out, a message on display, a comparative of distance, a word formed
    # with "non-", and "maybe" before a number (an audit of unseen ECB+, MEANTIME and
    # PolNeAR dev texts, seed 4848, 2026-12-05)
    "Clashes erupted once again outside the university.",
    "Fighting erupted near the border on Sunday.",
    "A black banner on the gate proclaims the name of the dead boy.",
    "Marchers carried a sign proclaiming the street a safe zone.",
    "Analysts said the index could fall even further in March.",
    "The bridge is even farther from the town than the old one.",
    "The money flowed from politically active non-profit groups.",
    "Maybe 40 people attended the meeting on Tuesday.",
    "The all-day meeting ended with a vote on the budget.",
]


# One weak cue (a manner adverb, an emotive word) is not enough on its own: on news these are
# right about one time in ten, and flagging them alone would flag too much.
WEAK_ALONE = [
    "The minister testily waved the papers in parliament.",
    "The dangerous road was closed for a week.",
]


@pytest.mark.parametrize("sentence", WEAK_ALONE)
def test_one_weak_cue_is_not_enough(analyze: Callable[..., Record], sentence: str) -> None:
    rec = analyze(sentence)
    assert all(s.voice != "outlet-evaluative" for s in rec.sentences)


@pytest.mark.parametrize("sentence,cue", EVALUATIVE)
def test_outlet_evaluative(analyze: Callable[..., Record], sentence: str, cue: str) -> None:
    rec = analyze(sentence)
    (sent,) = [s for s in rec.sentences if s.voice != "other"]
    assert sent.voice == "outlet-evaluative", rec.text
    cues = [rec.text[a:b] for a, b in sent.cues]
    assert any(cue in c for c in cues), cues


@pytest.mark.parametrize("sentence", FACTUAL)
def test_outlet_factual(analyze: Callable[..., Record], sentence: str) -> None:
    rec = analyze(sentence)
    voices = {s.voice for s in rec.sentences}
    assert "outlet-evaluative" not in voices, [
        (rec.text[a:b]) for s in rec.sentences for a, b in s.cues
    ]


# -- the sentences voice is given to: the parser's splits repaired within a line ----------
# (text, the sentences expected: each a whole stripped sentence)
SENTENCE_SPLITS = [
    # a closing quote mark split off at the end joins its sentence
    (
        'The mayor spoke. He said it was "the end of the line."\nThe council met.',
        ["The mayor spoke.", 'He said it was "the end of the line."', "The council met."],
    ),
    # a dateline cut off the first sentence joins it
    (
        "WASHINGTON -- The Senate passed the bill on Tuesday.",
        ["WASHINGTON -- The Senate passed the bill on Tuesday."],
    ),
    # negative: two real sentences on one line stay apart
    (
        "The Senate passed the bill. The House did not vote.",
        ["The Senate passed the bill.", "The House did not vote."],
    ),
    # negative: a heading line stays apart from the body after it
    (
        "Senate Passes Budget Bill\nThe Senate passed the bill on Tuesday.",
        ["Senate Passes Budget Bill", "The Senate passed the bill on Tuesday."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_SPLITS)
def test_voice_sentences(analyze: Callable[..., Record], text: str, expected: list[str]) -> None:
    rec = analyze(text)
    assert [rec.text[a:b] for a, b in (s.span for s in rec.sentences)] == expected


# (text, tokens that start a sentence, the sentences with their voice): parser splits forced
FORCED_SPLITS = [
    # a closing quote mark split off joins the sentence before it on its line
    (
        'The mayor said: "We will build the bridge."',
        ["The", '"@2'],
        [('The mayor said: "We will build the bridge."', "outlet-factual")],
    ),
    # a word without closing punctuation joins the sentence after it on its line
    (
        "President Barack Obama spoke on Monday.",
        ["President", "Barack"],
        [("President Barack Obama spoke on Monday.", "outlet-factual")],
    ),
    # negative: punctuation alone on its line is no sentence of the outlet's
    ('"\nThe council met.', ['"', "The"], [('"', "other"), ("The council met.", "outlet-factual")]),
    # a title with no metadata, first line of the text and without closing punctuation, that
    # the parse cut after a kicker: each piece is a heading (also after a web address line)
    (
        "Lawyer: Singer checks into rehab facility\nThe singer arrived on Thursday.",
        ["Lawyer", "Singer", "The"],
        [
            ("Lawyer:", "other"),
            ("Singer checks into rehab facility", "other"),
            ("The singer arrived on Thursday.", "outlet-factual"),
        ],
    ),
    (
        "www.example.com/news/rehab\nLawyer: Singer checks into rehab\nShe arrived.",
        ["www.example.com/news/rehab", "Lawyer", "Singer", "She"],
        [
            ("www.example.com/news/rehab", "other"),
            ("Lawyer:", "other"),
            ("Singer checks into rehab", "other"),
            ("She arrived.", "outlet-factual"),
        ],
    ),
    # negative: a one-line article, a first line closed by a full stop, a dateline opening the
    # body, and such a line that is not the first
    (
        "Lawyer: Singer checks into rehab facility",
        ["Lawyer", "Singer"],
        [("Lawyer:", "outlet-factual"), ("Singer checks into rehab facility", "outlet-factual")],
    ),
    (
        "The singer checked in. She arrived late.\nHer lawyer spoke.",
        ["The", "She", "Her"],
        [
            ("The singer checked in.", "outlet-factual"),
            ("She arrived late.", "outlet-factual"),
            ("Her lawyer spoke.", "outlet-factual"),
        ],
    ),
    (
        "WASHINGTON — Senators voted.\nIt adjourned.",
        ["WASHINGTON", "Senators", "It"],
        [
            ("WASHINGTON — Senators voted.", "outlet-factual"),
            ("It adjourned.", "outlet-factual"),
        ],
    ),
    (
        "The council met.\nLawyer: Singer checks into rehab facility\nShe arrived.",
        ["The", "Lawyer", "Singer", "She"],
        [
            ("The council met.", "outlet-factual"),
            ("Lawyer:", "outlet-factual"),
            ("Singer checks into rehab facility", "outlet-factual"),
            ("She arrived.", "outlet-factual"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "starts", "expected"), FORCED_SPLITS)
def test_split_repairs(
    analyzer, text: str, starts: list[str], expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    doc = analyzer.nlp.make_doc(text)
    words = [t.text for t in doc]
    first = set()
    for w in starts:
        w, _, nth = w.partition("@")
        first.add([i for i, x in enumerate(words) if x == w][int(nth or 1) - 1])
    for t in doc:
        t.is_sent_start = t.i in first or t.i == 0
    sents = classify_sentences(doc, [], [])
    assert [(doc.text[s.span[0] : s.span[1]], s.voice) for s in sents] == expected


# -- headings -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,span,expected",
    [
        ("Pentagon Orders Plan for Iraq\nThe Pentagon said so.\n", (0, 29), True),
        ("Democrats Demand 'Whole Report'\nThey said so.\n", (0, 31), True),
        ("The Pentagon ordered a plan.\nIt said so.\n", (0, 28), False),  # closing punctuation
        ("Pentagon Orders Plan for Iraq", (0, 29), False),  # nothing follows
        ("Pentagon Orders Plan, the paper said and more\n", (0, 20), False),  # not a whole line
        # a title in title case, closed as some archives close it
        ("Sanders Vows To Eliminate Tax Breaks.\nHe said so.\n", (0, 37), True),
        ("Did Ginsburg Cross The Line With Her Comments?\nShe said so.\n", (0, 46), True),
        ("GARLAND STEPS ASIDE.\nHe said so.\n", (0, 20), True),
        # negative: a short line that may be a reply or a credit, and a sentence in lower case
        ("Netflix.\nShe said so.\n", (0, 8), False),
        ("Not Really.\nShe said so.\n", (0, 11), False),
        ("The Pentagon Ordered a plan.\nIt said so.\n", (0, 28), False),
        # a live blog's time stamp heads its entry, though "a.m." closes it with a full stop
        ("10:30 a.m.\nThe vote began.\n", (0, 10), True),
        ("2:40 p.m. ET\nThe vote began.\n", (0, 12), True),
        ("Updated at 9 pm.\nThe vote began.\n", (0, 16), True),
        # negative: a sentence that opens with the time, and a time with nothing after it
        ("At 10:30 a.m. the vote began.\nIt ended.\n", (0, 29), False),
        ("10:30 a.m.", (0, 10), False),
    ],
)
def test_is_heading(text: str, span: tuple[int, int], expected: bool) -> None:
    assert is_heading(text, span) is expected


@pytest.mark.parametrize(
    ("heading", "listed"),
    [("Senator visited Moscow in secret, report says", True), ("Senator visits Moscow", False)],
)
def test_heading_lists_its_attributions(
    analyze: Callable[..., Record], heading: str, listed: bool
) -> None:
    """A heading's voice is "other", and the attributions in it are listed all the same."""
    rec = analyze(heading + "\n\nThe senator made a secret trip to Moscow last year.\n")
    first = rec.sentences[0]
    assert first.voice == "other"
    assert first.attributions == ([a.id for a in rec.attributions] if listed else [])
    assert bool(rec.attributions) is listed


#: The questions heading an explainer's sections or an interview's exchanges (two or more
#: question lines, each answered by the paragraph after it, or labelled "Q:") are headings; a
#: question standing alone, a question line without an answer after it, a quoted question, a
#: short punchline and the questions of a text that writes each sentence on a line of its
#: own with no blank line (a seventh audit, 2026-12-06) are not.
QUESTION_HEADS = [
    (
        "Mueller has sent the White House a list of topics.\n\nWhy is Mueller in charge?\n\n"
        "He was appointed in May.\n\nHas anyone been charged?\n\n"
        "Four people have been charged.\n",
        [2, 6],
    ),
    # negative: the same lines with no blank line between them, each sentence a line of its own
    (
        "Mueller has sent the White House a list of topics.\nWhy is Mueller in charge?\n"
        "He was appointed in May.\nHas anyone been charged?\nFour people have been charged.\n",
        [],
    ),
    (
        "The senator sat down with us.\nQ: Have you talked to her?\nA: Not yet.\n"
        "Q: Will you vote for the bill?\nA: I will.\n",
        [1, 3],
    ),
    # negatives: one question line only; the questions asked in a row, no answer between
    (
        "The mayor spoke on Monday.\nSo what does this all mean for the city?\n"
        "It means higher taxes.\n",
        [],
    ),
    (
        "The mayor spoke on Monday.\nWhere did the money go?\nWho signed the checks?\n"
        "Nobody knows.\n",
        [],
    ),
    # a question in quotation marks is someone's words; a punchline of two words
    (
        "He stood up.\n“Who is going to pay for it?”\nThe crowd cheered.\n"
        "“Why should we wait any longer?”\nNobody answered.\n",
        [],
    ),
    ("Taxes rose again.\nSound familiar?\nIt should.\nCoincidence?\nHardly.\n", []),
    # the writer's own questions to the reader, opened by a connective
    (
        "He won.\nWho is the new mayor?\nA teacher.\nSo how did he pull off such a win?\n"
        "He knocked on doors.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "heads"), QUESTION_HEADS)
def test_question_heads(text: str, heads: list[int]) -> None:
    spans, pos = [], 0
    for line in text.split("\n")[:-1]:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert sorted(question_heads(text, spans)) == heads


def test_question_heads_are_other(analyze: Callable[..., Record]) -> None:
    rec = analyze(QUESTION_HEADS[0][0])
    voices = [(rec.text[a:b], s.voice) for s in rec.sentences for a, b in [s.span]]
    assert ("Why is Mueller in charge?", "other") in voices
    assert ("Has anyone been charged?", "other") in voices


# (title in the metadata, voice of the text's first line): the title as the text repeats it is
# a heading whatever its punctuation; without a title, or with another, the line is read as any
TITLE_LINES = [
    ("Who is Dave Brat?", "other"),
    ("who is  dave brat?", "other"),  # spaces and case aside
    (None, "outlet-evaluative"),
    ("Dave Brat wins in Virginia", "outlet-evaluative"),
]


@pytest.mark.parametrize(("title", "voice"), TITLE_LINES)
def test_title_from_metadata_is_a_heading(
    analyzer: Analyzer, title: str | None, voice: str
) -> None:
    text = "Who is Dave Brat?\nDave Brat is an economics professor who beat Eric Cantor.\n"
    art = dataclasses.replace(article_from_text(text, "<test>", analyzer.options), title=title)
    for rec in (analyzer.analyze(art), next(iter(analyzer.analyze_stream([art]))).record):
        assert rec is not None
        assert [s.voice for s in rec.sentences] == [voice, "outlet-factual"]


@pytest.mark.parametrize("rule", ["___", "___.", "* * *", "—"])
def test_a_rule_across_the_page_is_other(analyze: Callable[..., Record], rule: str) -> None:
    """A line of underscores or marks is no sentence of the outlet's ("___." of a live blog)."""
    rec = analyze(f"The vote began at noon.\n{rule}\nThe vote ended at six.\n")
    voices = [(rec.text[a:b], s.voice) for s in rec.sentences for a, b in [s.span]]
    assert (rule, "other") in voices
    assert ("The vote began at noon.", "outlet-factual") in voices


# a transcript: the speaker's line after a label is the speaker's words, and the interviewer's
# question is put to someone; the writer's own question and line stay the outlet's
TRANSCRIPTS = [
    (
        "TRUMP: The deaths in Louisiana make clear how much more work we have to do.\n",
        "attributed",
    ),
    ("Q: You hear from kids in similar situations. What advice do you give them?\n", None),
    ("Question: What advice do you give them?\n", None),
    ("Why would anyone believe the council now?\n", "outlet-evaluative"),
    ("Questions remain. Why would anyone believe the council now?\n", "outlet-evaluative"),
]


@pytest.mark.parametrize(("text", "voice"), TRANSCRIPTS)
def test_transcript_lines(analyze: Callable[..., Record], text: str, voice: str | None) -> None:
    rec = analyze(text + "The vote ended at six.\n")
    voices = [s.voice for s in rec.sentences][:-1]
    if voice is None:  # no rhetorical question of the outlet's
        assert "outlet-evaluative" not in voices, voices
    else:
        assert voice in voices, voices


# an interview's answers are the interviewee's words (attributed), its questions the outlet's
# and no rhetorical question; a single "A:" line is no interview and stays the outlet's
# (text, answer sentence, its voice)
INTERVIEW_ANSWERS = [
    (
        "Singer Mira Holt has a new record out. Holt spoke to us from her farm.\n"
        "Q: How was the tour?\nA: The tour was a disaster for the whole band.\n"
        "Q: Will you go back on the road?\nA: Not this year, and maybe never.\n",
        "A: The tour was a disaster for the whole band.",
        "attributed",
    ),
    (
        "The new harbour master spoke to us on Monday.\n"
        "Question: Are the boats ready?\nAnswer: The plan was a disaster for the small boats.\n"
        "Question: And the ferries?\nAnswer: They stop running on Friday.\n",
        "Answer: The plan was a disaster for the small boats.",
        "attributed",
    ),
    # negatives: one answer line only; a list with "A." items
    (
        "Singer Mira Holt has a new record out.\n"
        "Q: How was the tour?\nA: The tour was a disaster for the whole band.\n",
        "A: The tour was a disaster for the whole band.",
        "outlet-evaluative",
    ),
    (
        "Pick the right answer.\nA. The plan was a disaster for the town.\nB. The plan worked.\n"
        "A. The vote was close.\nB. The vote was not close.\n",
        "The plan was a disaster for the town.",
        "outlet-evaluative",
    ),
]


@pytest.mark.parametrize(("text", "sentence", "voice"), INTERVIEW_ANSWERS)
def test_interview_answers(
    analyze: Callable[..., Record], text: str, sentence: str, voice: str
) -> None:
    rec = analyze(text)
    voices = {rec.text[a:b].strip(): s.voice for s in rec.sentences for a, b in [s.span]}
    assert voices.get(sentence) == voice, voices
    asks = [v for k, v in voices.items() if k.startswith(("Q:", "Question:"))]
    assert "attributed" not in asks and "outlet-evaluative" not in asks, voices


def test_title_line_is_other(analyze: Callable[..., Record]) -> None:
    rec = analyze("Council Approves Budget\nThe council approved the budget on Tuesday.\n")
    assert [s.voice for s in rec.sentences] == ["other", "outlet-factual"]


# -- attributed sentences, frames and paraphrase, with hand-made attributions --------------
def _att(aid: str, text: str, content: str, cue: str, form: str = "indirect") -> Attribution:
    a = text.index(content)
    c = text.index(cue)
    return Attribution(
        id=aid,
        source=None,
        source_spans=[],
        cue_spans=[(c, c + len(cue))],
        content_spans=[(a, a + len(content))],
        form=form,
    )


def test_attributed_needs_half_the_sentence(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said the bridge will close for repairs in the spring of next year."
    doc = analyzer.nlp(text)
    att = _att("a1", text, "the bridge will close for repairs in the spring of next year", "said")
    (sent,) = classify_sentences(doc, [att], [])
    assert sent.voice == "attributed" and sent.attributions == ["a1"]
    short = _att("a1", text, "next year", "said")
    (sent,) = classify_sentences(doc, [short], [])
    assert sent.voice == "outlet-factual"


@pytest.mark.parametrize(
    ("text", "cue", "source", "voice"),
    [
        # no source: the outlet's hedge, listed but not relayed
        ("The mayor appears to be avoiding the question at every turn.", "appears", None, "outlet-evaluative"),
        ("The new rules seem to favour the largest landlords in town.", "seem", None, "outlet-evaluative"),
        # no source: the outlet's own forecast
        ("A convoy of trucks is expected to reach the port on Sunday.", "expected", None, "outlet-factual"),
        # a source: relayed, whatever the verb
        ("The new rules seem to favour the largest landlords in town.", "seem", "s1", "attributed"),
        ("The mayor said the bridge will close for repairs next spring.", "said", None, "attributed"),
    ],
)  # fmt: skip
def test_sourceless_appearance_is_the_outlets_hedge(  # type: ignore[no-untyped-def]
    analyzer, text: str, cue: str, source: str | None, voice: str
) -> None:
    doc = analyzer.nlp(text)
    c = text.index(cue)
    att = Attribution(
        id="a1",
        source=source,
        source_spans=[],
        cue_spans=[(c, c + len(cue))],
        content_spans=[(c + len(cue) + 1, len(text) - 1)],
        form="indirect",
    )
    (sent,) = classify_sentences(doc, [att], [])
    assert sent.voice == voice and sent.attributions == ["a1"]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # a speech tag split off its quotation by the question mark: no verb but the cue
        ('"Where did the money go?" Mr. Hale asked at a meeting of donors.', ["attributed"] * 2),
        # negative: the tag sentence goes on to assert something of the outlet's own
        (
            '"Where did the money go?" Mr. Hale asked, and the board closed the fund a week later.',
            ["attributed", "outlet-factual"],
        ),
        # a quotation and its tag, with a tail of participles: the report's circumstance
        ('"We are not leaving," she said, drawing cheers from the crowd.', ["attributed"]),
        (
            '"What follows are my notes," Ms. Park writes at the start of the memo, sent the'
            " next day to her deputy.",
            ["attributed"],
        ),
        # negative: a finite verb of the outlet's own after the tag
        (
            '"We are not leaving," she said, and the police cleared the square of protesters'
            " an hour later.",
            ["outlet-factual"],
        ),
        # an indirect report and a long opening phrase with no verb: nothing of the outlet's
        (
            "Of the company's ventures in China and in India, specifically, Mr. Hale stated"
            " that they were essential.",
            ["attributed"],
        ),
        # negative: a finite verb of the outlet's own in the same sentence
        (
            "Of the company's ventures in China and in India, Mr. Hale stated that they were"
            " essential, but the board sold them a week later.",
            ["outlet-factual"],
        ),
        # negative: a report of an act, not of a statement, is the outlet's fact
        (
            "Shortly after their long meeting in the Capitol, Mr. Hale endorsed Ms. Park in a"
            " video.",
            ["outlet-factual"],
        ),
    ],
)
def test_split_off_tag(analyze: Callable[..., Record], text: str, voices: list[str]) -> None:
    assert [s.voice for s in analyze(text).sentences] == voices


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a deed the extraction takes for a cue relays nobody
        ("The governor has nominated Ms. Lee to lead the agency.", "outlet-factual"),
        ("The council filed the lawsuit on Monday in county court.", "outlet-factual"),
        ("The company declined to comment.", "outlet-factual"),
        # a schedule, an implicative verb, a permission
        ("The minister is set to discuss the issue Monday with her French counterpart.", "outlet-factual"),
        ("Somebody, it seems, forgot to tell the mayor.", "outlet-evaluative"),
        ("Lawmakers have been allowed to view the documents at the embassy.", "outlet-factual"),
        # a plan is a schedule too (an audit of unseen MEANTIME texts, 2026-12-05); negative: a
        # plan someone tells
        ("The chairman plans to stand down on January 15.", "outlet-factual"),
        ("The senator said he plans to hire more staff in the spring.", "attributed"),
        # the writer speaking in the first person outside quotes
        ("As I noted last month, the mayor is setting a trap for the council.", "outlet-factual"),
        # negative: a first person after a quotation in its paragraph is the speaker's
        ('"We met on Monday," the mayor said. But I can tell you it is true.', "attributed"),
        # negative: a first person in a quotation that lost its opening mark is the speaker
        ('I can\'t say for sure" he told reporters on Monday.', "attributed"),
        ("The mayor said the minister is set to discuss the budget on Monday.", "attributed"),
        # negative: a deed someone reports is relayed all the same
        ("The mayor said the council filed the lawsuit.", "attributed"),
        # a denied report: someone did not speak, in the outlet's words
        ("Baltic Quay Holdings did not respond to a request for comment.", "outlet-factual"),
        ("The mayor would not say whether the plant would close.", "outlet-factual"),
        # negative: a negation inside what is reported is the speaker's
        ("The mayor said the plant would not close.", "attributed"),
        # negative: a quoted answer's negation, which the parse may hang on the cue, is the
        # speaker's (2026-12-04, evening)
        ('"Absolutely not," he said.', "attributed"),
        ('"Apparently not," the mayor said on Friday.', "attributed"),
        ('"The story was not written in advance," the editor said.', "attributed"),
    ],
)  # fmt: skip
def test_deeds_are_the_outlets(analyze: Callable[..., Record], text: str, voice: str) -> None:
    rec = analyze(text)
    assert rec.attributions, "the extraction keeps the deed as an attribution"
    assert {s.voice for s in rec.sentences} == {voice}


@pytest.mark.parametrize(
    "text",
    [
        "Remember the hard lessons of the last recession.",
        "Consider the cost of waiting another year.",
    ],
)
def test_writer_addressing_the_reader_is_the_outlets(
    analyze: Callable[..., Record], text: str
) -> None:
    # an imperative names nobody who speaks: the extraction makes no report of it
    # (a sourceless bare verb, docs/attribution.md), and the sentence is the outlet's
    rec = analyze(text)
    assert not rec.attributions
    assert {s.voice for s in rec.sentences} == {"outlet-factual"}


def test_frame_sentence_is_attributed(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The bridge will close for repairs in the spring. So said the mayor."
    doc = analyzer.nlp(text)
    att = _att("a1", text, "The bridge will close for repairs in the spring", "said")
    att.source_spans = [(text.index("the mayor"), text.index("the mayor") + 9)]
    sents = classify_sentences(doc, [att], [])
    assert [s.voice for s in sents] == ["attributed", "attributed"]
    assert sents[1].attributions == ["a1"]


def test_loaded_frame_verb_is_evaluative(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The senator slammed the plan, saying it would raise taxes on families."
    doc = analyzer.nlp(text)
    att = _att("a1", text, "it would raise taxes on families", "slammed")
    (sent,) = classify_sentences(doc, [att], [])
    assert sent.voice == "outlet-evaluative"
    assert [text[a:b] for a, b in sent.cues] == ["slammed"]


@pytest.mark.parametrize(
    "form,voice",
    [("indirect", "outlet-evaluative"), ("direct", "attributed")],
)
def test_paraphrase_vs_quotation(analyzer, form: str, voice: str) -> None:  # type: ignore[no-untyped-def]
    # An indirect report is the outlet's paraphrase: its loaded word is the outlet's choice.
    # A direct quotation is the speaker's own words.
    text = "The group said the controversial law had hurt small farmers across the state."
    doc = analyzer.nlp(text)
    att = _att(
        "a1", text, "the controversial law had hurt small farmers across the state", "said", form
    )
    (sent,) = classify_sentences(doc, [att], [])
    assert sent.voice == voice


# -- cues that need the attributions: (text, cue word, content, form, expected cues or None) ---
# A manner adverb on a reporting verb is how the outlet says someone spoke ("delivery");
# elsewhere an "-ly" adverb is weak evidence. A short quoted fragment in a sentence that relays
# someone is the speaker's word, not the outlet's scare quote.
WITH_ATTRIBUTIONS = [
    (
        "The senator said curtly that the grants had been approved.",
        "said",
        "the grants had been approved",
        "indirect",
        ["curtly"],
    ),
    (
        "The president forcefully defended the program on Friday, saying it was legal.",
        "defended",
        "it was legal",
        "indirect",
        ["forcefully"],
    ),
    # negative: the adverb is on another verb, and alone it is weak
    (
        "The president slowly walked to the podium and said the program was legal.",
        "said",
        "the program was legal",
        "indirect",
        None,
    ),
    # negative: a time or frequency adverb on the reporting verb is no judgement
    (
        "The president said repeatedly that the program was legal.",
        "said",
        "the program was legal",
        "indirect",
        None,
    ),
    (
        "The president said recently that the program was legal.",
        "said",
        "the program was legal",
        "indirect",
        None,
    ),
    # a manner word the attribution put in its cue though the parse took it for a verb
    (
        "“We advocated for constituents who were applying for grants,” Mr. Ryan said stiffly.",
        "said stiffly",
        "“We advocated for constituents who were applying for grants,”",
        "direct",
        ["stiffly"],
    ),
    # negative: a question in a sentence that relays someone is the speaker's question
    (
        "Was he sure, Mr. Jordan asked, that the targeting never came up in the meetings?",
        "asked",
        "that the targeting never came up in the meetings?",
        "indirect",
        None,
    ),
    # negative: a quoted fragment is the speaker's word in any sentence holding an
    # attribution's cue, even one mostly the outlet's own
    (
        'His chief complaint was that some provisions do not "precisely mirror" the federal law, '
        "and the task force wants that addressed by the legislature before the next session.",
        "complaint",
        'some provisions do not "precisely mirror" the federal law',
        "indirect",
        None,
    ),
    # a quoted fragment in a relaying sentence is the speaker's word
    (
        'He called the remarks "shameful," saying the senator should apologize to the voters '
        "of the state at once and resign before the end of the month.",
        "saying",
        "the senator should apologize to the voters of the state at once and resign before the "
        "end of the month",
        "indirect",
        None,
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "form", "expected"), WITH_ATTRIBUTIONS)
def test_cues_with_attributions(analyzer, text, cue, content, form, expected) -> None:  # type: ignore[no-untyped-def]
    doc = analyzer.nlp(text)
    att = _att("a1", text, content, cue, form)
    (sent,) = classify_sentences(doc, [att], [])
    if expected is None:
        assert sent.voice != "outlet-evaluative", [text[a:b] for a, b in sent.cues]
    else:
        assert sent.voice == "outlet-evaluative"
        assert [text[a:b] for a, b in sent.cues] == expected


# (sentence, is the quoted fragment the outlet's scare quote?)
SCARE_OR_CALLED = [
    ('Democrats passed the "reform" bill on Tuesday.', True),
    # a passive naming with no one doing it is the outlet's own
    ('Dubbed "Bridgegate," the closure caused delays for days.', True),
    # a verb of depicting: only its complement after "as" is the subject's word (2026-12-05)
    ('Draft "guidance" obtained by the paper depicted efforts to rewrite the memo.', True),
    ('The ads portray the mayor as a "true friend" who keeps his word.', False),
    ('The spots cast the governor as a "sensible choice" for the state.', False),
    ('The "reform" and "relief" bills passed the House.', True),
    ('The name of the "reform" bill changed in May.', True),
    # a word mentioned as a word: a function word, or one a naming noun introduces
    ("The bill passed the House without a single “no” vote.", False),
    ('Police used the term "rioters" for the marchers.', False),
    ('The IRS reviewed groups with the name "tea party" or "patriot" in their titles.', False),
    # a list of words after "such as" (a PolNeAR train sample re-read, seed 919,
    # 2026-12-05)
    ('Officials searched for words such as "ambassador," "attack," and "talking points."', False),
    # negative: a list of the outlet's own scare quotes, no naming noun before it
    ('The plan was sold as "reform," "relief," and "fairness" for families.', True),
    # a work's title, introduced by the work or by a titling verb
    ("The director makes this clear in her new documentary “13th.”", False),
    ('The band played its old song "Freedom" twice.', False),
    ('The agency released a report titled "Missed signals" on Monday.', False),
    # two apostrophes are an archive's double mark; single marks quote someone, the headline's
    # convention, and a show's name before its role is a name
    ("The firm compiles detailed ''billionaire dossiers'' for private banks.", True),
    ("Trump tries new 'chapter' in campaign;", False),
    ("The new ''Today'' anchor will start on Monday.", False),
    ("“Bachelor” star Ben Higgins is not running for office.", False),
    # negative: a scare quote next to a work it does not name
    ('The "documentary" was mostly old campaign footage.', True),
    ('The book sold well despite its "facts" about the war.', True),
    # what someone called something is their word, a partial quotation
    ('The group called the plan "reckless" on Tuesday.', False),
    ('The senator opposed the bill, calling it "reckless" on Tuesday.', False),
    # the lemmatiser's "rat" for "rated"; a second quoted rating joined by "or"
    ("PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” last year.", False),
    # negative: "as" on a verb that is no naming
    ('The council saw the plan as "reckless" on Tuesday.', True),
    # a term named by "concept of", a hyphenated name, quoted odds (2026-12-05); negative: a
    # fragment after another noun's "of", a hyphenated word in lower case, odds in words
    ('Scholars faulted his use of the Catholic concept of "subsidiarity" in the plan.', False),
    ('The bill would widen the definition of "exercise of religion" in the state.', False),
    ('The plan never settles the meaning of "affordable" for renters.', False),
    ('The mayor defended the cost of "reform" on Tuesday.', True),
    ('A bar in the city introduced a "Chick-for-Gay" sandwich as a protest.', False),
    ('The council passed the "anti-waste" bill on Tuesday.', True),
    ('The speaker gave his party a "two-in-three chance" of holding the House.', False),
    ('The speaker gave his party a "fighting chance" of holding the House.', True),
    # a participle with an object is active though the parse gives it no subject
    (
        "New Way, a moderate Democratic group in Washington that has favored possible reductions"
        " in benefits, called AFL’s position “a watershed moment” in the debate over"
        " pensions.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "scare"), SCARE_OR_CALLED)
def test_scare_quote_or_called(analyzer, text: str, scare: bool) -> None:  # type: ignore[no-untyped-def]
    (sent,) = classify_sentences(analyzer.nlp(text), [], [])
    quoted = [text[a:b] for a, b in sent.cues if text[a] in "\"“'‘"]
    assert bool(quoted) is scare, sent.cues


# (sentence, is the quoted fragment what someone called something?) where the fragment holds
# the parse's root: the root is a top word of the fragment (it heads itself), so a quoted verb
# of calling is the fragment's verb. It was never one while the root was compared with its
# head by identity (spaCy makes a new Token on each access).
ROOT_IN_FRAGMENT = [
    ('The group "called" the plan reckless.', True),
    ('She "dubbed" the bill a giveaway.', True),
    ('The mayor "called it a disaster."', True),
    # negative: a root that is no verb of calling, and a passive naming with no one doing it
    ('The plan "failed" on Tuesday.', False),
    ('They "hated" the plan.', False),
    ('The plan was "called" reckless.', False),
]


@pytest.mark.parametrize(("text", "called"), ROOT_IN_FRAGMENT)
def test_called_root_in_fragment(nlp: Language, text: str, called: bool) -> None:
    from newsprov.analysis.voice.cues import quoted_spans
    from newsprov.analysis.voice.quotes import _called

    (sent,) = nlp(text).sents
    ((span, _),) = quoted_spans(text, 0)
    assert any(t.dep_ == "ROOT" and span[0] <= t.idx < span[1] for t in sent)
    assert _called(sent, span) is called


# (sentence, is it evaluative?) with no attribution found: the words inside what someone
# called something, a word mentioned as a word, or a quotation in single marks are not the
# outlet's, while a scare quote's are
CALLED_WORDS = [
    ('The group called the plan "reckless" on Tuesday.', False),
    ("The spokesman responded, calling the charge “pathetic” and “dangerous.”", False),
    ('Police used the term "thugs" for the marchers.', False),
    ("Mayor rips rhetoric over 'reckless spending';", False),
    # negative: the outlet's own scare quote, and a loaded word outside the quotation
    ('The council saw the plan as "reckless" on Tuesday.', True),
    ('The group called the reckless plan "a step" on Tuesday.', True),
    # a paragraph opening a quotation that runs on into the next (2026-12-05); negative: the
    # same words unquoted
    ('"The company may be big and that is no doubt.', False),
    ("The company may be big and that is no doubt.", True),
]


@pytest.mark.parametrize(("text", "evaluative"), CALLED_WORDS)
def test_called_words_are_the_callers(analyzer, text: str, evaluative: bool) -> None:  # type: ignore[no-untyped-def]
    (sent,) = classify_sentences(analyzer.nlp(text), [], [])
    assert (sent.voice == "outlet-evaluative") is evaluative, sent.cues


# -- counter-expectation, comment adverbs, degree adverbs, titles in quotes (no attribution) --
# (sentence, the cue expected, or None when the sentence must not be evaluative)
FOCUS_AND_COMMENT = [
    ("During the meeting, the mayor even acknowledged the delays.", "even"),
    ("Even as the talks continued, the council approved the budget.", "Even"),
    ("Ironically, the bill passed with votes from its opponents.", "Ironically"),
    # a listed comment adverb elsewhere in the sentence, before its verb or set off by commas
    ("Unfortunately for residents, the bridge cannot reopen this year.", "Unfortunately"),
    ("The talks, predictably, stalled over the price of gas.", "predictably"),
    ("The council approved the plan so hastily that no one read it.", "so hastily"),
    # negative: "even" on a phrase, not a verb, is not counted
    ("The council met even on Sunday.", None),
    # a time or order adverb opening the sentence is no comment
    ("Separately, the council approved the budget on Tuesday.", None),
    ("Currently, the council has seven members.", None),
    # nor does a connective: it orders the text
    ("Additionally, two officials are leaving the agency this week.", None),
    # "highly" before a participle is a stock compound, hyphenated or not
    ("The vote came days before a highly-anticipated deadline.", None),
    ("The vote came days before a highly anticipated deadline.", None),
    # a domain adverb inside the sentence says in what respect, it does not comment
    ("The two countries technically remain at war.", None),
    # after its verb with no comma the adverb may tell the manner, a weak cue alone
    ("The band played the old songs predictably.", None),
    # a nickname inside a name and a sentence that is all quotation are no scare quotes
    ('The governor picked William "Mo" Cowan for the seat on Wednesday.', None),
    ("“A patriot.”", None),
    # a quoted title is not a scare quote
    ('The senator appeared on "Face the Nation" on Sunday.', None),
    ('The senator spoke on "Meet the Press" on Sunday.', None),
    # "very" grades an adjective or adverb; on a noun it singles the thing out
    ("The mayor was very angry about the delays.", "very"),
    ("The reform brings new blood at the very top or changes nothing.", None),
    ("The council met on the very day the bridge closed.", None),
    # "at the very least" puts a floor on a figure (an ECB+ sample, seed 45, 2026-12-05)
    ("At the very least, the review will take a year.", None),
    # ... after a possessive too, and "the very same" is the same one (a fresh sample of
    # PolNeAR train articles, seed 509, 2026-12-05); negative: "very" grading "similar"
    (
        "The committee warned how the party’s very existence was at stake if it failed to grow.",
        None,
    ),
    ("The very same officials approved the plan a year later.", None),
    ("The very similar plans of the two parties drew little notice.", "very"),
    # a regime of rules is no government; a lawsuit's demand is the legal term
    ("The inspection regime under the agreement covers every site in the country.", None),
    ("The lawsuit demands monetary damages and a declaration from the court.", None),
    # negatives: the government, and a person who demands
    ("The Assad regime covers every site in the country with checkpoints.", "regime"),
    ("The senator demands monetary damages and a declaration from the court.", "demands"),
    # a term of a debate that opens with a loaded word names the term, it does not judge
    ("Clinton did not reference radical Islam in her remarks on Sunday.", None),
    ("The governor vowed to defeat radical Islamic terrorism within a year.", "vowed"),
    # negative: the loaded word on its own
    ("The council took a radical turn after the vote on Sunday.", "radical"),
    # a measure or a term of art opening with "extreme" (2026-12-05); negative: a judgement
    ("The magazine ran an extreme close-up of the senator on its cover.", None),
    ("The region faces extreme heat through the weekend.", None),
    ("The bank's goal is to end extreme poverty by 2030.", None),
    ("The senator's extreme views alarmed the donors.", "extreme"),
    # the election's count of votes is no praise, nor a degree of it
    ("The governor has won more states, more popular votes and more delegates.", None),
    ("She went on to win the state and a popular-vote victory in the south.", None),
    # negative: more of the praise
    ("The mayor has grown far more popular with voters since the flood.", "far more"),
    # an amount compared is a measure, no degree: a sum, a count, a part (a fresh sample of
    # PolNeAR train articles, seed 509, 2026-12-05)
    ("The mayor has attracted far less money than his rivals this year.", None),
    ("The union spent far more on ads in the spring.", None),
    ("The party won 12 seats, far fewer than it won in the last election.", None),
    ("Spending rose to $2 billion, still far more than it was in 2005.", None),
    ("The country has had time to build even more of its missiles.", None),
    # negatives: a quality graded, and a grade with "than" where no amount is given
    ("The new rules are much more than a tweak to the old ones.", "much more"),
    ("The board has become even more divided since the merger.", "even more"),
    # a measure compared, a dimension, an age, a speed or a time (a PolNeAR train sample
    # re-read, seed 919, 2026-12-05)
    ("The research firms put the developer far lower in their rankings.", None),
    ("The plan is far narrower than the one his rival proposed.", None),
    ("The senator is an even heavier underdog in the western states.", None),
    ("The engineers point to even older tools for spotting viruses.", None),
    ("She wanted to arm the rebels much earlier in the war.", None),
    # negatives: a quality graded, worse or better
    ("The new plan is far worse than the one his rival proposed.", "far worse"),
    ("The council's second budget was much better received.", "much better"),
    # the pro-form of "do so" grades nothing (2026-12-05); negative: "so" grading a manner
    ("Few lawmakers did so willingly.", None),
    ("The firms that do so successfully tend to thrive.", None),
    ("The council acted so hastily that the plan failed.", "so hastily"),
    # understatement: "hardly" on a verb or a predicate (an audit of unseen ECB+, MEANTIME and
    # PolNeAR dev texts, 2026-12-05); negatives: the "barely" of ability, time, amount, frequency
    ("The team has hardly resembled the side that won the title last year.", "hardly"),
    ("And the summit hardly improved relations between the two neighbours.", "hardly"),
    ("The choice of host is hardly unprecedented.", "hardly"),
    ("The result of the vote was hardly a surprise.", "hardly"),
    ("The residents could hardly hear the sirens over the storm.", None),
    ("The mayor had hardly sat down when the lights went out.", None),
    ("There was hardly any water left in the reservoir by August.", None),
    ("The council hardly ever meets in the summer.", None),
    ("Turnout was scarcely 10 percent in the northern wards.", None),
    ("One region where the senator is hardly campaigning is the north.", None),
    # negative: inside someone's report the understatement is the speaker's (a comment)
    ("The program is hardly formal, but it has drawn a loyal following, Ms. Gil said.", None),
    # "very" before next, first or last singles the one out (the same audit); negative: grading
    ("The candidate would have to run again the very next year.", None),
    ("The plant closed on its very first day of operation.", None),
    ("The debate was very lively until its very last minute.", "very"),
    # comment adverbs added by class (the same audit); negative: a manner after its verb
    ("The only senator to manage it was, coincidentally, another Virginian.", "coincidentally"),
    ("Understandably, the families asked for privacy.", "Understandably"),
    # the ground shaken: a quake jolts, a region of quakes is volatile (the same audit);
    # negatives: the figurative senses
    ("Earlier on Sunday a strong quake jolted the island.", None),
    ("The island was jolted by a strong earthquake on Sunday.", None),
    ("The country sits in a volatile earthquake region.", None),
    ("The news jolted the campaign on Sunday.", "jolted"),
    ("The senator is a volatile candidate with a short temper.", "volatile"),
    # what a crowd cried, quoted after a noun of crying out, is no scare quote (the same
    # audit); negative: a quoted word the outlet keeps at a distance
    ('The governor was greeted with chants of "Bobby!" at a labor meeting.', None),
    ('The speech drew cries of "shame" from the gallery on Tuesday.', None),
    ('The governor was greeted at a "labor" meeting on Tuesday.', '"labor"'),
    # a term said twice is one piece of evidence: one weak cue, not two
    (
        "The effective tax rate was 30 percent, and the effective rate for the state was"
        " 12 percent.",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "cue"), FOCUS_AND_COMMENT)
def test_focus_comment_degree_titles(
    analyze: Callable[..., Record], sentence: str, cue: str | None
) -> None:
    rec = analyze(sentence)
    (sent,) = [s for s in rec.sentences if s.voice != "other"]
    found = [rec.text[a:b] for a, b in sent.cues]
    if cue is None:
        assert sent.voice != "outlet-evaluative", found
    else:
        assert sent.voice == "outlet-evaluative", found
        assert any(cue in c for c in found), found


# (sentence, the adverb, is it a measure rather than the manner or intensity of the outlet?):
# a poll's rating or a comparison's outcome, a majority
ADVERB_MEASURES = [
    ("He favorably compared his record with hers.", "favorably", True),
    ("Most voters view him unfavorably.", "unfavorably", True),
    ("He spoke favorably of the plan.", "favorably", False),
    ("The House overwhelmingly passed the bill.", "overwhelmingly", True),
    ("The remark was overwhelmingly offensive.", "overwhelmingly", False),
]


@pytest.mark.parametrize(("sentence", "word", "measure"), ADVERB_MEASURES)
def test_adverb_measures(analyzer, sentence: str, word: str, measure: bool) -> None:  # type: ignore[no-untyped-def]
    from newsprov.analysis.voice.plain import _proportion, _rating

    (tok,) = [t for t in analyzer.nlp(sentence) if t.lower_ == word]
    assert (_rating(tok) or _proportion(tok)) is measure


def test_quoted_words_are_not_the_outlets(analyze: Callable[..., Record]) -> None:
    rec = analyze("“This is a disgraceful, shameful and outrageous decision by the court.”")
    assert all(s.voice != "outlet-evaluative" for s in rec.sentences)


# (article, the sentence to read, is a quoted fragment in it a scare quote?)
TITLES_AGAIN = [
    # a title the article introduced once is a title wherever it is quoted again
    (
        "Her new documentary “13th” debuts on Friday. DuVernay’s “13th” traces the prison boom.",
        "DuVernay’s",
        False,
    ),
    (
        'The report titled "Missed signals" came out on Monday. Officials read "Missed signals" '
        "closely.",
        "Officials",
        False,
    ),
    # negative: a term the article did not introduce as a title stays a scare quote
    (
        "Her new documentary “13th” debuts on Friday. DuVernay’s “truth” traces the prison boom.",
        "DuVernay’s",
        True,
    ),
    (
        'Police used the term "rioters" for the marchers. The "rioters" were mostly students.',
        "The",
        True,
    ),
]


@pytest.mark.parametrize(("text", "start", "scare"), TITLES_AGAIN)
def test_titles_quoted_again(
    analyze: Callable[..., Record], text: str, start: str, scare: bool
) -> None:
    rec = analyze(text)
    (sent,) = [s for s in rec.sentences if rec.text[s.span[0] : s.span[1]].startswith(start)]
    quoted = [rec.text[a:b] for a, b in sent.cues if rec.text[a] in '"“']
    assert bool(quoted) is scare, sent.cues


def test_scare_quotes(analyze: Callable[..., Record]) -> None:
    rec = analyze("The company’s “restructuring” closed three plants last year.")
    (sent,) = rec.sentences
    assert sent.voice == "outlet-evaluative"
    assert "“restructuring”" in [rec.text[a:b] for a, b in sent.cues]


def test_coverage() -> None:
    cov = Coverage([(10, 20), (15, 30), (40, 50)])
    assert cov.spans == [(10, 30), (40, 50)]
    assert cov.covered((0, 100)) == 30
    assert cov.covered((25, 45)) == 10
    assert not cov.touches((30, 40))


# -- the sample ---------------------------------------------------------------------------
def _sentence(rec: Record, start: str):  # type: ignore[no-untyped-def]
    for s in rec.sentences:
        if rec.text[s.span[0] : s.span[1]].lstrip("“” ").startswith(start):
            return s
    raise AssertionError(f"no sentence starts with {start!r}")


def test_sample_outlet_opinion_is_evaluative(sample_record: Record) -> None:
    rec = sample_record
    culprits = _sentence(rec, "The primary culprits")
    assert culprits.voice == "outlet-evaluative"
    assert "culprits" in [rec.text[a:b] for a, b in culprits.cues]
    unclear = _sentence(rec, "It is not clear")
    assert unclear.voice == "outlet-evaluative"
    cues = [rec.text[a:b] for a, b in unclear.cues]
    assert "It is not clear" in cues and any("far more" in c for c in cues)
    appears = _sentence(rec, "While U.S. Secretary of Defense")
    assert appears.voice == "outlet-evaluative"


def test_sample_first_sentence_attributed(sample_record: Record) -> None:
    assert sample_record.sentences[0].voice == "attributed"


def test_sample_residue_is_other(sample_record: Record) -> None:
    assert sample_record.sentences[-1].voice == "other"
    assert sample_record.text[slice(*sample_record.sentences[-1].span)] == "3 - 3Shares"


def test_sample_cues_lie_in_their_sentences(sample_record: Record) -> None:
    for s in sample_record.sentences:
        for a, b in s.cues:
            assert s.span[0] <= a < b <= s.span[1]
        if s.voice != "outlet-evaluative":
            assert s.cues == []


# -- the speed-ups keep the answers --------------------------------------------------------


def test_doc_text_is_joined_once(nlp: Language) -> None:
    doc = nlp("One sentence here.  Two spaces before this one.\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first


SENTENCES = [(0, 10), (11, 20), (21, 30), (31, 40)]


@pytest.mark.parametrize(
    "spans",
    [
        [("a1", [(5, 25)]), ("a2", [(12, 14), (35, 36)]), ("a3", [(0, 40)])],
        [("a1", [(10, 11)]), ("a2", [(20, 21), (30, 31)])],  # gaps between sentences only
        [("a1", [(40, 50)]), ("a2", [])],  # past the end, no span
        [("a2", [(31, 32)]), ("a1", [(0, 1), (2, 3)])],  # the given order is kept
    ],
)
def test_touching_matches_every_pair(spans: list[tuple[str, list[tuple[int, int]]]]) -> None:
    brute = [
        [i for i, ss in spans if any(min(b, d) > max(a, c) for c, d in ss)] for a, b in SENTENCES
    ]
    assert _touching(SENTENCES, spans) == brute


# A line of markup a page left in its text, a line that is a web address alone (split into
# pieces by the parse or not) and a title with a number are no sentences of the outlet's (an audit of unseen ECB+ and
# PolNeAR dev texts, 2026-12-05). (text, a piece of the sentence, its voice)
MARKUP_AND_ADDRESSES = [
    (
        'The senator won the debate, viewers said.\n<tweet tweet-id="78349911"><tweet/>.\n'
        "The campaign gained followers overnight.",
        "tweet-id",
        "other",
    ),
    (
        "http: / / www. example. com. au / articles / 2007 / 04 / 10 / 117597.\nhtml\n"
        "A man was arrested after a chase on Tuesday.",
        "www. example",
        "other",
    ),
    (
        "http://www.example.com/news/2005/quake.html\nA quake struck the island on Sunday.",
        "example.com",
        "other",
    ),
    # a title in title case with a number in it is a heading (the same audit); negative: a
    # sentence opening with a number
    (
        "Director’s ‘13th’ Explores The Evolution Of The Prison System.\nThe film opens Friday.",
        "Explores",
        "other",
    ),
    (
        "The 76ers fired their coach on Saturday.\nThe team had lost three games in a row.",
        "76ers",
        "outlet-factual",
    ),
    # negatives: an address inside a sentence, and a comparison written with angle brackets
    (
        "The rules are at www.example.gov for residents to read.\nThe list runs to 40 pages.",
        "www.example.gov",
        "outlet-factual",
    ),
    (
        "The ratio fell below 3 on Monday, with x < 3 and y > 4 in the model.\nIt rose again.",
        "ratio",
        "outlet-factual",
    ),
]


def voices_with(rec: Record, piece: str) -> list[str]:
    """The voices of the record's sentences that hold ``piece`` (the audit tables' runner)."""
    return [s.voice for s in rec.sentences if piece in rec.text[s.span[0] : s.span[1]]]


@pytest.mark.parametrize(("text", "piece", "voice"), MARKUP_AND_ADDRESSES)
def test_markup_and_address_lines(
    analyze: Callable[..., Record], text: str, piece: str, voice: str
) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


# -- a third audit of unseen texts (10 ECB+, 5 NewsWCL50, 5 PolNeAR dev) --------------------
# Each rule's row, then a negative row that must stay as it was. (text, piece, evaluative):
# whether the sentence holding ``piece`` is `outlet-evaluative`.
THIRD_AUDIT = [
    # "exploit" a software flaw, the parse having lost the object or read a passive
    ("Hackers are exploiting a serious, but unpatched, vulnerability in the browser.", "", False),
    ("The flaw in the old software had been exploited since early May.", "", False),
    ("The lobbyists exploited the crisis to win favours.", "", True),
    # "hijack" in the computing sense; a debate hijacked stays
    ("The malware can hijack their browser and steal passwords.", "", False),
    ("The activists tried to hijack the debate.", "", True),
    # a quake that jolts, its subject lost by the parse; news that jolts stays
    ("An earthquake measuring 6.1 on the Richter scale jolted the coast on Sunday.", "", False),
    ("The scandal jolted the campaign on Sunday.", "", True),
    # aircraft scrambled; aides scrambling stay
    ("Fighter jets scrambled twice to intercept the bombers.", "", False),
    ("Aides scrambled to contain the damage.", "", True),
    # "extreme" weather; an extreme wing stays
    ("Farmers there face drought and extreme heat every summer.", "", False),
    ("The party's extreme wing won the vote.", "", True),
    # "troubled" businesses in the finance sense; a troubled candidate stays
    ("The fund bought two troubled banks last year.", "", False),
    ("The troubled candidate lost again.", "", True),
    # "n't too": a softener; "too" + adjective stays a degree
    ("Lawmakers weren't too worried about the change.", "", False),
    ("The plan was too ambitious for the city.", "", True),
    # the past of the hedge "it appears"; a thing that appeared is no hedge
    ("It appeared that the mayor had changed her mind.", "", True),
    ("The painting appeared in a gallery in May.", "", False),
    # a quotation opened by two grave accents and closed by two apostrophes is no one's
    # judgement of the outlet's; the same words without the marks are
    ("`` Our team was very, very lucky and fortunately nobody was hurt.''", "", False),
    ("Our team was very, very lucky and fortunately nobody was hurt.", "", True),
    # a short fragment in those marks is left as it was, no scare quote
    ("The helicopter was `` launched'' from the ship at dawn.", "", False),
]


@pytest.mark.parametrize(("text", "piece", "evaluative"), THIRD_AUDIT)
def test_third_audit(
    analyze: Callable[..., Record], text: str, piece: str, evaluative: bool
) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all((v == "outlet-evaluative") == evaluative for v in got), got


# an archive's section labels in capitals are headings; a name in capitals opening a sentence,
# or a short line in lower case, is not
CAPITAL_LABELS = [
    ("ABSTRACT.\nThe mine closed in May.", "ABSTRACT", "other"),
    ("FULL TEXT.\nThe mine closed in May.", "FULL TEXT", "other"),
    ("The mine closed in May.\nNASA launched the probe on Monday.", "NASA", "outlet-factual"),
    ("The owners were asked.\nNo comment.\nThe mine closed.", "No comment", "outlet-factual"),
]


@pytest.mark.parametrize(("text", "piece", "voice"), CAPITAL_LABELS)
def test_capital_labels(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


# a fourth audit of unseen ECB+, NewsWCL50 and PolNeAR dev texts (2026-12-05): a title line the
# parse cut in two, a section's head of one or two names, a reporters' credit and a photo's
# caption are headings or residue; "likely" as an adverb is the outlet's hedge; war and armed
# conflict "erupt" in the plain sense; "undeniably" is a booster, as "undoubtedly" is
FOURTH_AUDIT = [
    ("Senator Vows To Fight On. Here Is What Comes Next.\nShe spoke on Monday.", "Vows", "other"),
    ("Senator Vows To Fight On. Here Is What Comes Next.\nShe spoke.", "Comes Next", "other"),
    ("SHOWDOWN: Council Rejects Budget For Second Time.\nThe vote was 5-4.", "SHOWDOWN", "other"),
    ("SHOWDOWN: Council Rejects Budget For Second Time.\nThe vote was 5-4.", "Rejects", "other"),
    # negatives: lines of sentences not all in title case
    ("The council met on Monday. Then It Voted.\nThe vote was 5-4.", "met on", "outlet-factual"),
    (
        "The Budget Vote Fails. The council rejected it on Monday.\nIt ended.",
        "Fails",
        "outlet-factual",
    ),
    ("Refugees.\nThe agency raised money for the camps in May.", "Refugees", "other"),
    ("Human Rights.\nThe council meets in Geneva every spring.", "Human Rights", "other"),
    # negatives: an adverb, an adjective alone
    ("The team lost in May.\nAgain.\nThe coach was fired.", "Again", "outlet-factual"),
    ("The team won in May.\nTremendous.\nThe coach stayed.", "Tremendous", "outlet-factual"),
    ("The mine closed in May.\nJane Roe and John Doe contributed reporting.", "Roe", "other"),
    ("The mine closed in May.\nJane Roe contributed reporting from Paris.", "Roe", "other"),
    # negative: a contribution that is no credit line
    (
        "Hundreds of volunteers contributed research to the study.\nIt ended.",
        "volunteers",
        "outlet-factual",
    ),
    (
        "Families from the caravan waiting for a meal.\nThe shelter opened in May.",
        "Families",
        "other",
    ),
    (
        "Members of the caravan at the border wall in Tijuana on Sunday.\nThey waited.",
        "Members",
        "other",
    ),
    # negatives: a fragment with a semicolon, a sentence with a finite verb
    (
        "Another day in Tinseltown; another star in rehab.\nShe left.",
        "Another day",
        "outlet-factual",
    ),
    ("The shelter opened in May.\nThe families waited for a meal.", "families", "outlet-factual"),
    ("The defendant will likely die in prison.", "likely", "outlet-evaluative"),
    (
        "The trial cost $2 million, likely the most expensive in state history.",
        "trial",
        "outlet-evaluative",
    ),
    ("The president will most likely not attend the banquet.", "banquet", "outlet-evaluative"),
    # negatives: the adjective, a probability compared, a forecast in a report
    ("Likely voters turned out in large numbers in May.", "voters", "outlet-factual"),
    ("The likely nominee spoke in Ohio on Monday.", "nominee", "outlet-factual"),
    ("Women were more likely to vote for the mayor.", "Women", "outlet-factual"),
    ("The mayor said the bill will likely pass next week.", "bill", "attributed"),
    ("Conflicts erupted among the nations after the treaty lapsed.", "erupted", "outlet-factual"),
    ("War erupted in the region in 1914.", "erupted", "outlet-factual"),
    # negative: protests still "erupt" in the loaded sense
    ("Protests erupted across the capital on Friday.", "erupted", "outlet-evaluative"),
    ("Race and gender have undeniably shaped her career.", "shaped", "outlet-evaluative"),
]


@pytest.mark.parametrize(("text", "piece", "voice"), FOURTH_AUDIT)
def test_fourth_audit(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


# A fifth audit of unseen texts (2026-12-06): the list's hyphenated loaded words; a label in
# capitals closed by a colon over an appended note.
FIFTH_AUDIT = [
    # negatives: words of judgement or state that VADER does not hold ("notable", "slick",
    # "distinguished", "defunct") are no cue; a second lexicon read for them was measured and
    # left out (docs/voice.md, `emotive`)
    (
        "Mr. Lee's most notable deal with the rival party was also one of his greatest successes.",
        "notable",
        "outlet-factual",
    ),
    ("She had gone on the air with slick positive ads in May.", "slick", "outlet-factual"),
    (
        "A distinguished professor of history successfully ran the campus museum.",
        "professor",
        "outlet-factual",
    ),
    (
        "The allies faced a dangerous winter after the donations ran out.",
        "allies",
        "outlet-factual",
    ),
    ("The now-defunct school ran an active charity in 2010.", "school", "outlet-factual"),
    ("She starred in the ill-fated party show in 2005.", "ill-fated", "outlet-evaluative"),
    ("The tone-deaf response drew complaints from the staff.", "tone-deaf", "outlet-evaluative"),
    # negatives: the parts apart, or the first part after a hyphen
    ("The ill man was fated to wait at the hospital for a week.", "ill man", "outlet-factual"),
    ("The court heard the case in a far right-hand corner of the hall.", "court", "outlet-factual"),
    (
        "The council met in May.\nCLARIFICATION:\nThe first sentence has been clarified.",
        "CLARIFICATION",
        "other",
    ),
    (
        "The council met in May.\nCLARIFICATION: The first sentence has been clarified.\nIt ended.",
        "CLARIFICATION",
        "other",
    ),
    # negatives: the note after the label keeps its voice; a label inside a line
    (
        "The council met in May.\nNOTE: The vote on the budget was moved to June.\nIt ended.",
        "budget",
        "outlet-factual",
    ),
    ("The council met in May, the AP said: it voted on the budget.\nIt ended.", "AP", "attributed"),
]


@pytest.mark.parametrize(("text", "piece", "voice"), FIFTH_AUDIT)
def test_fifth_audit(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


# A sixth audit of unseen texts (2026-12-06): a section's head closed by a colon, a
# transcript's stage notes and speaker labels in quote marks, and the title closed by a full
# stop of a text with no metadata, in a headline's grammar, are `other`.
SIXTH_AUDIT = [
    (
        "The prison opened in 1994.\nAbout the prison:\nCells are eight feet by twelve.",
        "About",
        "other",
    ),
    ("The fund grew in May.\nSome known donors:\nThe list runs to forty names.", "donors", "other"),
    (
        "The senator spoke on Sunday.\nPartial transcript as follows:\nHOST: Welcome back.",
        "Partial transcript",
        "other",
    ),
    # negatives: a line with a verb introduces what follows as a sentence does; a longer line
    (
        "The mayor spoke on Monday.\nHe told reporters:\nThe budget is balanced.",
        "told",
        "attributed",
    ),
    (
        "Picture a candidate.\nImagine that she:\nNever released her tax returns.",
        "Imagine",
        "outlet-factual",
    ),
    (
        "The board met in May.\nThe board will meet on three more dates next spring:\nMay, June.",
        "three more dates",
        "outlet-factual",
    ),
    (
        'HOST: Welcome back to the show.\n"(CROSSTALK.)\n"HOST: Let me ask you.',
        "CROSSTALK",
        "other",
    ),
    (
        "The governor thanked the crowd.\n(APPLAUSE)\nShe went on to speak about roads.",
        "APPLAUSE",
        "other",
    ),
    # negative: a sentence in parentheses
    ("The council met in May.\n(The vote was close.)\nIt ended in June.", "vote", "outlet-factual"),
    (
        "Senate panel votes to subpoena bank records.\nThe Senate Banking Committee voted 12 to 10"
        " on Tuesday to subpoena the records. The bank said it would comply.",
        "Senate panel",
        "other",
    ),
    (
        "Mayor to visit Paris in July, meet with city council.\nThe mayor will fly to Paris on"
        " July 3. Her office said the trip was paid for by the city.",
        "Mayor to visit",
        "other",
    ),
    # negatives: a first line in the grammar of a sentence (a determiner first, a past tense, a
    # form of "be" or "have"), and a title that is the text's only line
    (
        "The Senate voted on Tuesday to subpoena bank records.\nThe bank said it would comply.",
        "The Senate voted",
        "outlet-factual",
    ),
    (
        "Mayor Smith is dead.\nHe died at home on Sunday, his family said.",
        "Smith is",
        "outlet-factual",
    ),
    (
        "Smith broke the state record in the final race.\nHe ran it in 9.8 seconds.",
        "broke",
        "outlet-factual",
    ),
    (
        "Officials have approved the new budget for schools.\nThe vote came on Monday.",
        "approved",
        "outlet-factual",
    ),
    ("Senate panel votes to subpoena bank records.", "Senate panel", "outlet-factual"),
]


@pytest.mark.parametrize(("text", "piece", "voice"), SIXTH_AUDIT)
def test_sixth_audit(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ('The host spoke.\n"HOST: But, Governor, I have to ask.\nIt ended.', '"HOST:', True),
        ("The host spoke.\nHOST: But, Governor, I have to ask.\nIt ended.", "HOST:", True),
        # negatives: a speaker's name not in capitals, a label with nothing after it on its line
        ('The host spoke.\n"Host: But, Governor, I have to ask.\nIt ended.', '"Host:', False),
        ('The host spoke.\n"HOST:\nBut, Governor, I have to ask.', '"HOST:', False),
    ],
)
def test_label_piece_in_quote_marks(text: str, label: str, expected: bool) -> None:
    a = text.index(label)
    assert label_piece(text, (a, a + len(label))) is expected
