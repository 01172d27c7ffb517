# sentiment.lex: the customer-service adjustment layer of the sentiment detector.
#
# General sentiment lexicons (AFINN-165, used through wink-sentiment) score words out of context,
# and contact-centre language trips them up: "no problem" has "problem" (-2), "sorry to hear that"
# has "sorry" (-1) though it is kindness, "cancelled", "delayed" and "on hold" score nothing though
# they are complaints. Entries here replace the scores of the words they cover.
#
# Categories
#   adjust       the phrase's sentiment, -5..+5, replacing the AFINN scores of its words
#   intensifier  multiplies the next scored word within two words by the weight ("really upset")
#   dampener     multiplies the next scored word within two words by the weight ("a bit annoying")
#
# Negation: phrases that carry their own negator use negation=ignore; the rest flip when negated
# ("not cancelled" is not a complaint: flip turns -2 into +2, scaled like any negated word).
@lexicon sentiment
@default negation=flip

# -- courtesy phrases that look negative to a general lexicon
no problem                                   | adjust | 2    | negation=ignore
(not a|no) (problem|bother|worries)          | adjust | 2    | negation=ignore
no worries                                   | adjust | 1.5  | negation=ignore
(do not|never) worry                         | adjust | 1    | negation=ignore
sorry to hear                                | adjust | 0    | negation=ignore
(i am|i'm|we are|so|really|very)? sorry (about|for) (that|this|the) | adjust | 0 | negation=ignore
i am afraid                                  | adjust | 0    | negation=ignore
(no|without) (charge|fee|cost)               | adjust | 1    | negation=ignore
no longer (charged|billed)                   | adjust | 1    | negation=ignore
(fix|fixed|resolve|resolved|sort|sorted) (it|that|this|the problem|the issue) | adjust | 2
problem (solved|fixed|resolved)              | adjust | 2    | negation=ignore
(issue|problem) (is|has been)? (solved|fixed|resolved|sorted) | adjust | 2 | negation=ignore
(what is|what's) the (problem|issue)         | adjust | 0    | negation=ignore
kill (the|it) (process|app|application)      | adjust | 0    | negation=ignore
(pretty|fairly) (good|well)                  | adjust | 2

# -- complaints a general lexicon misses
(cancelled|canceled|cancellation|cancelling|canceling) | adjust | -2
(delayed|delay|delays)                       | adjust | -2
(on hold|put on hold)                        | adjust | -1.5
(still|been|keep|kept) (waiting|holding)     | adjust | -2
(waited|waiting) (for|over)? * (hour|hours|days|weeks|minutes) | adjust | -2.5
(waited|waiting) (for|over)? (hours|days|weeks|ages|forever) | adjust | -2.5
(hours|forever|ages) (on hold|waiting)       | adjust | -2.5
(still|yet) (not|no|nothing|hasn't|haven't|didn't|doesn't|isn't) | adjust | -2 | negation=ignore
(does|did|is|was) not (work|working|arrive|arrived|load|connect|help) | adjust | -2 | negation=ignore
not working                                  | adjust | -2   | negation=ignore
never (arrived|came|received|got|showed up)  | adjust | -2.5 | negation=ignore
(no one|nobody) (called|answered|helped|responded|got back) | adjust | -2.5 | negation=ignore
(no|never got a) (response|reply|answer|refund) | adjust | -2 | negation=ignore
(charged|billed) (twice|double|again|wrong)  | adjust | -2.5
(overcharged|double charged|double-charged)  | adjust | -2.5
(lost|missing|damaged|broken|wrong) (my|the|our)? (bag|bags|luggage|package|parcel|order|item|baggage|suitcase) | adjust | -2.5
(broken|broke down|faulty|defective|crashed|crashing|glitch) | adjust | -2
(stuck|stranded)                             | adjust | -2
(rebooked|rerouted|diverted|overbooked)      | adjust | -1.5
(missed|miss) (my|the|our) (flight|connection|appointment) | adjust | -2.5
(late|later than) (again|flight|arrival)     | adjust | -1.5
(no|not) (signal|service|internet|connection|power) | adjust | -2 | negation=ignore
(wait|waiting|hold) time                     | adjust | -1   | negation=ignore
(hang up|hung up)                            | adjust | -1.5
transferred (again|twice|three times)        | adjust | -2
(worst|terrible|horrible|awful) (service|experience|airline|company|customer service) | adjust | -4
(customer service|support) (sucks|is a joke) | adjust | -4   | negation=ignore

(late|later) (again|flight|arrival|departure|departing|arriving|arrive|leaving|landing|plane|by|for)? | adjust | -1.5
(late|delayed) (again|twice|every time) | adjust | -2.5
(can not|could not|unable to) (get through|get a hold|reach|talk to|speak to|speak with|get an answer|get anyone|rebook|change|book|check in|log in|find|get) | adjust | -2 | negation=ignore
(been|keep|kept|still) trying to             | adjust | -1.5
(nobody|no one|no one is|nobody is) (answering|answers|picks up|picking up|responding|responds|helping|helps) | adjust | -2.5 | negation=ignore
(busy signal|disconnected|dropped call|call dropped) | adjust | -2
(hour|hours|hr|hrs|minute|minutes|min|mins) (on hold|waiting|wait|in line|delay|delayed|late|layover) | adjust | -2.5
(waiting|waited|wait|hold|holding|sat|sitting|stuck) (for|over|more than)? (an|a|one|two|three|1|2|3|4|5)? (hour|hours|hr|hrs) | adjust | -2.5
(thanks|thank you) for nothing               | adjust | -3   | negation=ignore
# a complaint asked as a question ("why is my flight delayed again?")
why (is|are|was|were|do|does|did|can|would|will|has|have|is there|would not|will not|can not|do not|does not|did not|is not|are not|has not|have not|no) | adjust | -1.5 | negation=ignore

# -- requests and courtesy: politeness, not sentiment ("please help", "I would like", "thanks in advance")
(please|pls|plz)                             | adjust | 0    | negation=ignore
(can|could|would|will) (you|u|someone|anyone|somebody) (please)? help | adjust | 0 | negation=ignore
(need|needs|needed|want|wanted|get|getting|any|some) (help|assistance) | adjust | 0 | negation=ignore
help (me|us)                                 | adjust | 0    | negation=ignore
(thanks|thank you|tia) in advance            | adjust | 0    | negation=ignore
(would|should) (like|love)                   | adjust | 0    | negation=ignore
(want|wants|wanted)                          | adjust | 0    | negation=ignore
# "like" as a preposition, not a liking
(look|looks|looked|looking|seem|seems|seemed|sound|sounds|sounded|feel|feels|felt|something|anything|nothing|just|things|stuff|more|less) like | adjust | 0 | negation=ignore

# -- thanks and praise the general lexicon underrates
thank you (so|very)? much                    | adjust | 3    | negation=ignore
(thanks|thank you) (a lot|a million|so much) | adjust | 3    | negation=ignore
(you have|you've) been (very|so|really)? helpful | adjust | 3 | negation=ignore
(really|truly|greatly|much)? appreciate (it|that|your help|you) | adjust | 2.5 | negation=ignore
(got|get) (it|this|that) sorted              | adjust | 2
(all|you are|you're) (set|sorted)            | adjust | 1.5  | negation=ignore
on time                                      | adjust | 1.5
(smooth|easy|quick) (flight|process|fix)     | adjust | 2

# -- intensifiers and dampeners (weights are factors)
(very|really|so|extremely|incredibly|absolutely|totally|completely|utterly|super) | intensifier | 1.4 | negation=ignore
(most|truly|seriously|deeply|especially)     | intensifier | 1.3 | negation=ignore
(a bit|a little|slightly|somewhat|kind of|sort of|fairly|rather|mildly) | dampener | 0.5 | negation=ignore
