# ownership.lex: agent ownership versus deflection (detector `ownership`).
#
# Ownership is the agent taking personal responsibility for the customer's issue and its outcome
# ("I'll take care of this", "I will make sure", "leave it with me"). Deflection pushes the issue
# onto someone else or back onto the customer ("not my department", "you'll have to call them").
# The ownership score is the weighted share of ownership among both (src/detectors/ownership.ts).
#
# Categories
#   ownership   the agent commits to act personally (positive weights)
#   deflection  the agent hands the issue away or disclaims it (NEGATIVE weights)
#   exclusion   weight 0: a longer phrase that masks a shorter one it contains. Never counted.
#
# Weights: 1 for a clear statement, 0.5 for a weaker or team-level one ("we'll sort it"), 1.5 for
# an explicit personal commitment ("I'll personally", "I'll own this").
# Negation: the default `cancel` drops a negated match ("I'm not going to fix it" would not match
# anyway; "I don't think I'll follow up" is cancelled). Deflections that contain their own negator
# ("not my department", "it's not up to me") use negation=ignore.
# Contractions need no entries of their own: "I'll" is normalised to "i will", "that's" to "that is".
@lexicon ownership
@default speaker=agent negation=cancel

# phrase                                                             | category   | weight | options
# -- ownership
i will take care of (this|it|that|everything|the rest|that for you|this for you|it for you) | ownership  | 1
i will (make sure|ensure)                                    | ownership  | 1
i will personally                                            | ownership  | 1.5
i (will|am going to) (personally)? (own|take ownership of) (this|it|that) | ownership  | 1.5
(i take|i will take|i am taking) (full)? (ownership|responsibility) | ownership  | 1.5
leave (it|this|that) with me                                 | ownership  | 1.5
i will (follow up|follow this up|follow it up|call you back|ring you back|get back to you) | ownership  | 1
i will (look into|chase|check on|keep an eye on|keep on top of) (this|it|that) | ownership  | 1
i will (handle|sort|sort out|fix|resolve|escalate) (this|it|that) | ownership  | 1
(i will|i am going to|let me) (just)? go ahead and (fix|sort|sort out|resolve|escalate|process|refund|cancel|update|arrange|book|send|take care of|get|order|credit|waive) | ownership  | 1
i am (going to|gonna) (fix|sort|resolve|handle|take care of|look into|follow up|make sure|escalate|get this|get that|get it) | ownership  | 1
let me (fix|sort|handle|take care of|resolve|look into|get this sorted|get that sorted|sort this out|sort that out|follow up) | ownership  | 1
i will (get|have) (this|it|that) (sorted|fixed|resolved|done|taken care of|sorted out) | ownership  | 1
i will (stay on the line|stay with you|stay on this|be right here) | ownership  | 1
i am (not going to|not gonna|never going to) (leave|let) you | ownership  | 1      | negation=ignore
i will not (leave|let you down|let this go|stop)             | ownership  | 1      | negation=ignore
i will see (this|it) through                                 | ownership  | 1.5
i am on it                                                   | ownership  | 1
i have got (this|it) from here                               | ownership  | 1
consider it done                                             | ownership  | 1
i will do (everything|whatever|all) i can                    | ownership  | 1
(that|it) (was|is) my (mistake|fault|error)                  | ownership  | 1
(that is|that one is) on me                                  | ownership  | 1
i will be your (point of contact|contact)                    | ownership  | 1.5
we will (take care of|sort out|sort|fix|resolve|handle) (this|it|that) | ownership  | 0.5

# -- deflection
not my (department|area|job|responsibility|problem)          | deflection | -1     | negation=ignore
(that is|it is|this is) not (my|our) (department|area|job|responsibility|problem|team) | deflection | -1     | negation=ignore
you (will|would) (have|need) to (call|contact|ask|speak to|talk to|email|go to|reach out to|get in touch with|take it up with|ring) | deflection | -1
you need to (contact|call|speak to|talk to|go to|reach out to|get in touch with|take it up with|ring|ask) | deflection | -1
you have to (contact|call|speak to|talk to|go to|reach out to|get in touch with|take it up with|ring|ask) | deflection | -1
(that is|it is) not (something|what) (i|we) (do|handle|deal with|cover|look after) | deflection | -1     | negation=ignore
(i|we) (do not|don't) (handle|deal with|cover|look after) (that|those|this) | deflection | -1     | negation=ignore
i just work here                                             | deflection | -1.5
there is nothing (more|else)? (i|we) can do                  | deflection | -1     | negation=ignore
(it is|that is) not up to me                                 | deflection | -1     | negation=ignore
not up to me                                                 | deflection | -1     | negation=ignore
(it is|that is) (out of|beyond) my (hands|control)           | deflection | -1
(talk|speak) to (someone|somebody) else                      | deflection | -1
(that is|it is) (another|a different|a separate) (department|team) | deflection | -1
(that is|it is) (handled|dealt with|done) by (another|a different|a separate|the other) (department|team) | deflection | -1
you (have|have got) the wrong (department|number|team)       | deflection | -1
(i|we) (can not|cannot) (help|do anything) (with|about|for) (that|this|it) | deflection | -1     | negation=ignore
(there is|it is) nothing i can do about (it|that)            | deflection | -1     | negation=ignore
(i|we) (do not|don't) make the (rules|decisions)             | deflection | -1     | negation=ignore
(blame|take it up with) (them|the company|management|head office) | deflection | -1
(that is|it is) (their|the bank's|the courier's|the manufacturer's) (problem|responsibility|fault) | deflection | -1
