# negative.lex: negative phrasing by contact-centre agents (detector `positiveLanguage`).
#
# What coaches ask agents to rephrase: leading with what cannot be done, hiding behind policy,
# ordering or blaming the customer, dismissing them. Every match subtracts from the agent's
# positive-language score (see src/detectors/positiveLanguage.ts).
#
# Categories
#   cannot     leads with what is impossible ("I can't", "there's nothing I can do", "that's impossible")
#   framing    bad-news framing ("unfortunately", "I'm afraid", "the problem is")
#   policy     hides behind rules ("that's our policy", "the system won't let me")
#   directive  orders the customer ("you have to", "you need to", "you must", "you should")
#   blame      puts the fault on the customer ("you didn't", "you're wrong", "you should have")
#   dismissive brushes the customer off ("calm down", "as I said", "obviously", "not my department")
#   exclusion  weight 0: a longer phrase that masks a shorter negative one it contains but that is
#              not negative ("you shouldn't have to wait" is sympathy, not blame). Never counted.
#
# Weights are NEGATIVE (the detector sums signed weights): -1 for a clear case, -0.5 for a frequent
# or milder one, -1.5 for the strongest.
# Negation: the default `cancel` drops a negated match ("I'm not saying you need to" is not a
# directive; "I won't say unfortunately" is not framing). Phrases that contain their own negator
# ("I can't" = "i can not", "not my department", "I don't know") use negation=ignore.
# Tags read by the detector: `initial` counts only as the first word of a sentence; `clause-initial`
# also after a comma, semicolon or colon ("Listen, ..." is dismissive, "listen to the message" is not);
# `clause-final` only when punctuation or the end of the turn follows.
# Bad news, then what I can do: a `cannot` or `framing` match counts nothing when an offer follows
# it, later in its sentence or opening the next one: after "but", "so" or "however", "(I|we)
# (can|could|will)", "(I'm|we're) going to", "let me", "what I can do"; anywhere, "what (I|we) can do
# is", "here's what (I|we) can do", "the good news is" ("Unfortunately the flight is full, but I can
# put you on the 6pm"; "I can't refund it. What I can do is offer a voucher"). It is the pattern
# coaches recommend: say the bad news plainly, then what can be done. A bare "I can't do that." still
# counts, and so does a `policy`, `directive`, `blame` or `dismissive` match before an offer.
# (A detector rule, `OFFER_AFTER_BAD_NEWS` in src/detectors/positiveLanguage.ts.)
@lexicon negative
@default speaker=agent negation=cancel

# phrase                                                     | category   | weight | options
# -- cannot
i can't                                                      | cannot     | -1     | negation=ignore
i can't (help|do) (you|that|anything|it)?                    | cannot     | -1     | negation=ignore
we can't                                                     | cannot     | -1     | negation=ignore
(i am|we are) (not able|unable) to                           | cannot     | -1     | negation=ignore
(i|we) (will not|won't) be able to                           | cannot     | -1     | negation=ignore
there is nothing (more|else)? (i|we) can do                  | cannot     | -1.5   | negation=ignore
nothing (more|else)? (i|we) can do                           | cannot     | -1.5   | negation=ignore
(there is)? not (much|a lot) (more)? (i|we) can do            | cannot     | -1.5   | negation=ignore
can not help you                                             | cannot     | -1     | negation=ignore
(that is|it is|this is) (impossible|not possible)            | cannot     | -1     | negation=ignore
(that is|it is) not how it works                             | cannot     | -1     | negation=ignore
there is no way                                              | cannot     | -1     | negation=ignore
# reassurance, not refusal: "there's no way you'd have known", "no way it'll happen again"
there is no way (you|anyone) (would|could) have              | exclusion  | 0      | negation=ignore
there is no way (it|that|this) (will|would|could) happen     | exclusion  | 0      | negation=ignore
# set phrases of apology, sympathy and thanks: "I can't apologise enough", "I can't believe nobody told you"
(i|we) can not (believe|imagine|apologise|apologize|thank|see why not|see any reason) | exclusion | 0 | negation=ignore
# honest expectation-setting, not refusal: "I can't promise it'll be today, but I've flagged it"
(i|we) can not (promise|guarantee)                            | exclusion  | 0      | negation=ignore
# the result of a search, which the customer needs to hear, not a refusal: "I can't see a slot
# today", "I can't find a payment under that reference, could you read it to me again?"
(i|we) can not (see|find|locate|spot)                         | exclusion  | 0      | negation=ignore
# ... but a refusal put as not seeing a reason ("I can't see how that's our problem")
(i|we) can not see (how|why) (that is|this is|it is|that would be|this would be) (our|my) | cannot | -1 | negation=ignore
(i|we) can not (see|find) (any|a) reason to | cannot | -1 | negation=ignore
no way                                                       | cannot     | -0.5   | negation=ignore
(we|i) (do not|don't) (do|offer|allow|accept|support) (that|those|this) | cannot     | -1     | negation=ignore
i (do not|don't) know                                        | cannot     | -0.5   | negation=ignore
(i have|i've got) no idea                                    | cannot     | -1     | negation=ignore

# -- framing
unfortunately                                                | framing    | -1
i am afraid                                                  | framing    | -0.5
regrettably                                                  | framing    | -1
the problem is                                               | framing    | -0.5   | initial
# owning the fault is no bad-news framing: "The problem is on our side", "the issue was at our end"
the (problem|issue|fault) (is|was) (on|at|with) (our|my) (side|end|part) | exclusion | 0

# -- policy
(that is|it is|this is) (our|the|company|a company|standard) policy | policy     | -1.5
(company|our) policy (is|says|states|does not allow)         | policy     | -1.5   | negation=ignore
(it is|that is) (against|not in) (our|the|company) (policy|rules) | policy     | -1.5   | negation=ignore
the system (will not|won't|does not|doesn't) (let|allow)     | policy     | -1     | negation=ignore
(those|that|these) are the rules                             | policy     | -1
(i|we) (do not|don't) make the rules                         | policy     | -1.5   | negation=ignore
# pointing the customer to the small print as the whole answer ("It's in the terms and conditions.")
(it is|that is|it is all|that is all) (in|written in|set out in) (the|our) (terms and conditions|terms|small print) | policy | -1 | clause-final
# the rule said of customers in general, not of this one ("Customers are responsible for ...")
(customers|account holders|cardholders|passengers) are (responsible|liable) for | policy  | -1

# -- directive
you (have|need|will have|will need) to                       | directive  | -1
you would (have|need) to                                     | directive  | -0.5
you have got to                                              | directive  | -1
you must                                                     | directive  | -1
you should                                                   | directive  | -0.5
you (need|have) to (understand|realize|realise)              | directive  | -1.5
# sympathy, reassurance or a next step, not an order
you (should not|do not|will not|would not) (have|need) to    | exclusion  | 0      | negation=ignore
you must (be|have been|feel|have had)                        | exclusion  | 0
you must have (received|got|gotten|seen|heard|already|the|it|a|an) | exclusion | 0
you should (also|still|then|hopefully|soon)? (receive|get|see|hear|be|now|already|find|notice) | exclusion | 0
you should have (received|got|gotten|seen|heard|had)         | exclusion  | 0
# a future arrival, not blame: "you should have it within 3 working days"
you should have (it|them|this|that|a|an|the|your|one|access) | exclusion  | 0
# an apology for a wait: "you'll have to bear with me a moment"
you (will|would) have to (bear with|excuse|forgive|pardon)   | exclusion  | 0

# -- blame
you (did not|never|failed to|forgot to)                      | blame      | -1     | negation=ignore
you (should have|were supposed to|were meant to)             | blame      | -1.5
# a rule held against the customer: "Because you're supposed to.", "You're supposed to read the
# terms"; not where they are booked or what they will enjoy ("You're supposed to be on the 6pm")
you are (supposed|meant) to                                   | blame      | -1     | clause-final
you are (supposed|meant) to (know|read|check|follow|keep|bring|tell us|call us|register|do that|do it|do this|look|listen|pay attention) | blame | -1
you should not have (done|said|clicked|changed|deleted|ordered|signed|agreed) | blame      | -1.5   | negation=ignore
you (are|were) (wrong|mistaken|incorrect)                    | blame      | -1.5
you (misunderstood|misread|got it wrong)                     | blame      | -1
(it is|that is|that was|it was) your (fault|mistake|problem|responsibility) | blame      | -1.5
(you did|you have done) it wrong                             | blame      | -1.5
# the fault put on the customer's side of the line: "it's probably your wiring." (not "it's on your
# side of the socket, so I've booked an engineer", a diagnosis that goes on)
(it is|it must be|it will be|that is) (probably|likely|definitely|obviously|just)? (on)? your (end|side|wiring|equipment|router|connection) | blame | -1 | clause-final
# reassurance or a neutral check, not blame
you did not (do anything wrong|have to|need to|receive|get|see|hear|enter|share|give|click|miss|lose) | exclusion | 0 | negation=ignore
you never know                                               | exclusion  | 0      | negation=ignore
# what never happens to the customer: "you never pay for returns", "so you never have to worry"
you never (have to|need to|pay for|lose)                     | exclusion  | 0      | negation=ignore
# what the customer was owed, not what they failed to do: "you were supposed to get a callback",
# "you're meant to be sent a text the day before" (as "you should have received" above)
you (were|are) (supposed|meant) to (receive|hear)             | exclusion  | 0
you (were|are) (supposed|meant) to (get|have) (a|an|the|your|one|some) | exclusion | 0
you (were|are) (supposed|meant) to have (received|heard|had|got) | exclusion | 0
you (were|are) (supposed|meant) to (have been|be) (sent|called|contacted|given|offered|refunded|credited|told|notified|updated) | exclusion | 0
you (were|are) (supposed|meant) to be able to                 | exclusion  | 0

# -- dismissive
calm down                                                    | dismissive | -1.5
(just)? relax                                                | dismissive | -1     | clause-initial clause-final
listen                                                       | dismissive | -1     | clause-initial
look                                                         | dismissive | -0.5   | clause-initial
# an instruction, not a brush-off
(listen|look) (to|at|for|in|under|on|up|into|out for|after|forward) | exclusion | 0
obviously                                                    | dismissive | -1
# what the customer plainly failed to do ("You obviously didn't read the email"); what plainly did
# not reach them is sympathy ("You obviously didn't get the email, I'm so sorry")
you (obviously|clearly) (did not|have not|do not|were not) (read|listen|listening|check|follow|understand|pay attention|look) | blame | -1.5 | negation=ignore
you (obviously|clearly) (did not|have not) (get|receive|see|hear) | exclusion | 0 | negation=ignore
(as|like) i (said|told you|already said|already told you|mentioned|explained|already explained) | dismissive | -1
i (already|just)? told you                                   | dismissive | -1
i (have|already have) (already)? told you                    | dismissive | -1
(i have|i've) already explained                              | dismissive | -1
(it is|that is) not my (department|job|problem|fault|responsibility|area) | dismissive | -1.5   | negation=ignore
not (my|our) (department|job|problem|fault|responsibility|area) | dismissive | -1.5   | negation=ignore
take it up with                                              | dismissive | -1     | clause-initial
take it or leave it                                          | dismissive | -1.5
you heard me                                                 | dismissive | -1
(as|like) you (should|must) know                             | dismissive | -1.5
i (do not|don't) care                                        | dismissive | -1.5   | negation=ignore
i do not care how long it takes                              | exclusion  | 0      | negation=ignore
there is no need to (shout|yell|swear|be rude|get upset|raise your voice|take that tone) | dismissive | -1 | negation=ignore
# resignation offered as the answer: "That's just how it works.", "I'm just telling you how it is.",
# "You'll just have to wait.", "That's not going to happen." (but "That's not going to happen
# again, I promise"), and a rebuke of the customer's manner ("Don't take that attitude with me")
you (will|are going to)? just have to (wait|accept it|accept that|live with it|deal with it|put up with it) | dismissive | -1 | clause-final
that is (just)? not going to happen          | dismissive | -1 | negation=ignore clause-final
(do not|please do not) take that (attitude|tone) (with me)? | dismissive | -1 | negation=ignore
i do not (like|appreciate) your (attitude|tone) | dismissive | -1 | negation=ignore
(that is|it is|this is) just (how|the way) (it|things|the system) (works|is|goes) | dismissive | -1
i am (just|only) telling you (how|the way) (it|things|the system) (works|is|goes) | dismissive | -1
# handing the decision back with a shrug ("Well, that's your choice."); "it's your choice,
# whichever suits you" and "that's your choice to make" give options
that is your lookout                         | dismissive | -1     | clause-final
