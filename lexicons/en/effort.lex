# effort.lex: customer-effort cues (detector `customerEffort`).
#
# What customers say when getting help has cost them effort: contacting again, repeating
# themselves, being transferred, waiting, fighting the process. Customer effort is one of the
# strongest predictors of disloyalty (Dixon, Freeman & Toman 2010, "Stop trying to delight your
# customers", HBR; the Customer Effort Score). The detector sums the weights of the customer's cues
# into a saturating 0-100 score (src/detectors/customerEffort.ts).
#
# Categories
#   repeat-contact  contacting again about the same issue ("third time", "called yesterday", "again")
#   repetition      having to repeat information ("I already told you", "as I said")
#   transfer        being passed between people or departments ("transferred", "bounced around")
#   wait            waiting and chasing ("been waiting", "on hold for", "never heard back")
#   friction        the process itself is hard ("so hard to", "couldn't find", "went round in circles")
#   exclusion       weight 0: a longer phrase that masks a cue word it contains but is not effort
#                   ("thanks again", "say that again?"). Never counted.
#
# Weights: 1 for a clear cue, 1.5 for an emphatic one ("for the third time", "yet again"), 0.5 for
# a common word that is only sometimes effort ("again").
# Negation: the default `cancel` drops a negated cue ("I haven't been transferred", "it won't happen
# again"). Cues that contain their own negator ("never heard back", "no one called") use
# negation=ignore.
# Contractions need no entries of their own: "I've" is normalised to "i have", "couldn't" to
# "could not".
@lexicon effort
@default speaker=customer negation=cancel

# phrase                                                             | category       | weight | options
# -- repeat-contact
(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|hundredth|nth|millionth) (time|call|attempt|chat|email|complaint) | repeat-contact | 1
(called|phoned|rang|contacted|emailed) (you|you guys|here|about this)? (before|already|yesterday|last week|earlier|twice|three times|several times|multiple times|many times|a few times|again|last month|this morning) | repeat-contact | 1
(i|i have|we have)? already (called|phoned|rung|contacted|chatted|emailed|written|been in touch) | repeat-contact | 1
(called|phoned|rang|contacted) (back|in again)               | repeat-contact | 1
again                                                        | repeat-contact | 0.5
yet again                                                    | repeat-contact | 1.5
(over and over|time and time again|again and again)          | repeat-contact | 1.5
keep (calling|calling back|ringing|having to call|having to|getting cut off|getting disconnected|getting transferred|getting passed) | repeat-contact | 1
every time i (call|ring|phone|contact|chat|try)              | repeat-contact | 1
how many (times|more times)                                  | repeat-contact | 1
(multiple|several|numerous|countless|so many|too many|many|a dozen|three|four|five) times | repeat-contact | 1
(still|again) (not|no|isn't|hasn't|doesn't) (fixed|resolved|sorted|working) | repeat-contact | 1      | negation=ignore
(same|this same) (problem|issue) (again|as before|as last time) | repeat-contact | 1
# a cue word, but not effort
(thanks|thank you|thank you so much|thanks so much) again    | exclusion      | 0
(say|repeat) (that|it)? again                                | exclusion      | 0
(come|sorry) again                                           | exclusion      | 0
(talk|speak|chat) (to|with) you again                        | exclusion      | 0
(nice|good|great|lovely) to (see you|hear you|talk to you|speak to you) again | exclusion      | 0
# choosing to come back as a customer is loyalty, the opposite of effort ("I will definitely fly with
# you again", "def flying #united again", "can't wait to book again"); "I had to book again" is
# effort and "never flying with you again" leaving, which the sentiment lexicon reads; "I will be
# booking again" is as often a forced rebooking ("...tomorrow, because you cancelled"), so it stays
# effort
(will|would|definitely|def|defo|certainly|gladly|happily|wait to|forward to|love to|glad to|happy to|will definitely|would definitely|would happily) (fly|flying|book|booking|travel|traveling|travelling|shop|shopping|order|ordering|stay|staying|choose|use|using) (with you|with you guys|with them|with your airline|here|you)? again | exclusion | 0 | negation=ignore
(will|would|definitely|def|defo|certainly|gladly|happily|wait to|forward to|love to|glad to|happy to|will definitely|would definitely|would happily) (fly|flying|book|booking|travel|traveling|travelling|shop|shopping|order|ordering|stay|staying|choose|use|using) * again | exclusion | 0 | negation=ignore

# -- repetition
(i|i have)? already (told|explained|said|gave|given|sent|provided|answered|went through|gone through|done that|did that|tried that|tried) | repetition     | 1
(as|like) i (said|told you|mentioned|explained|already said|already told you|just said) | repetition     | 1
i (just|literally just) (told|said|gave|explained|sent)      | repetition     | 1
i (told|explained|said|gave) (you|them|this|that|it)? (already|before|earlier|twice|three times) | repetition     | 1
for the (second|third|fourth|fifth|last|hundredth|umpteenth|millionth|nth) time | repetition     | 1.5
(repeat|repeating) (myself|it|this|everything|the whole thing) | repetition     | 1
i have been (over|through) (this|that|it)                    | repetition     | 1
(explain|explaining|tell|telling|go over|going over|go through|going through) (it|this|that|everything|the whole thing|my story) (all)? (again|over again) | repetition     | 1
(say|saying) (it|this|that|everything) all (over)? again     | repetition     | 1

# -- transfer
transferred                                                  | transfer       | 1
(transferring|transfer) me (again|around|back)               | transfer       | 1
(bounced|passed|pushed|shunted|handed|sent) (around|about|between|back and forth|from pillar to post|from one|from department) | transfer       | 1
(another|a different|the wrong) department                   | transfer       | 1
(put|placed|left) on hold again                              | transfer       | 1.5
(spoke|talked|spoken|talking) (to|with) (someone|somebody|three people|another agent|another person|several people|a few people|multiple people|different people|so many people|two people|your colleague|a colleague|a manager) | transfer       | 1
(they|he|she|someone|somebody|the last person|the other agent) told me to (call|contact|ring|phone) | transfer       | 1
(nobody|no one|no-one) (knows|seems to know|can tell me)     | transfer       | 1      | negation=ignore

# -- wait
waited (for|over|more than|almost|nearly)?                   | wait           | 1
(been|was|were|am|are|keep|still) waiting                    | wait           | 1
(hours|an hour|minutes|forever|ages|all day|all morning) on hold | wait           | 1
on hold for                                                  | wait           | 1
still (waiting|have not|has not|not|no|nothing)              | wait           | 1      | negation=ignore
(no one|nobody|no-one) (called|rang|contacted|emailed|replied|responded|got back|has called|has got back|has gotten back|has contacted|bothered|ever) | wait           | 1      | negation=ignore
never (heard back|heard anything|got a response|got a reply|got back|received|got a call|called back|replied|responded|got my) | wait           | 1      | negation=ignore
(have not|has not|did not|haven't) (heard|had|got|gotten|received) (back|anything|a response|a reply|a call|an answer) | wait           | 1      | negation=ignore
(it is|it has) been (weeks|days|months|ages|forever|a week|two weeks|three weeks|a month|over a week|over a month) | wait           | 1
for (weeks|months|ages|hours|days) (now)?                    | wait           | 1
(taking|took|takes|take) (so|too|this)? (long|forever|ages)  | wait           | 1
(chase|chasing|chased) (this|you|them|it|you guys|this up|it up)? | wait           | 1

# -- friction
(so|really|very|too|extremely|incredibly) (hard|difficult) to | friction       | 1
(impossible|hard|difficult) to (reach|get through|find|get hold of|contact|cancel|understand|talk to|navigate|speak to|get an answer) | friction       | 1
impossible to                                                | friction       | 1
(could not|cannot|can not) (find|get through|get hold of|reach|get anyone|get an answer|figure out) | friction       | 1      | negation=ignore
(went|going|go|been going|running) (round|around) in circles | friction       | 1.5
(the|a) (runaround|run around|run-around)                    | friction       | 1.5
(nobody|no one|no-one) (can|could|seems able to|is able to) help | friction       | 1      | negation=ignore
had to (call|ring|phone|explain|repeat|chase|email|come|fill out|fill in|send|resend|wait|go through) | friction       | 1
(jump|jumping|jumped) through hoops                          | friction       | 1.5
(waste|wasted|wasting) (of)? (my|so much|an|hours|a whole|the whole|all)? (time|day|morning|afternoon|hour|hours) | friction       | 1
(such a|a real|a total) (hassle|pain|nightmare|headache)     | friction       | 1
tried everything                                             | friction       | 1
(tried|try|trying) (again|several times|multiple times|so many times) | friction       | 1
