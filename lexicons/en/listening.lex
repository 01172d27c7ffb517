# listening.lex: active listening by the agent (detector `activeListening`).
#
# Categories:
#   clarify     a question that checks or narrows what the customer said ("just to confirm",
#               "do you mean", "when did this start"); counts only in an agent turn that is a question
#   paraphrase  a marker of restating the customer's words ("so what you're saying is", "if I
#               understand correctly", "you mentioned"); counts in any agent turn
#   generic     a formulaic question that asks nothing about what the customer said ("how can I
#               help you today?", "is there anything else?"): it is not a clarifying question even
#               right after a problem
# The detector also counts, without this lexicon, an agent question right after a customer's problem
# or emotion, and an agent turn that repeats two content words of the customer's turn before it.
# Negation cancels ("I'm not sure what you mean" is not a clarifying marker).
@lexicon listening
@default negation=cancel speaker=agent

# -- clarify: checking what was said
just to (clarify|confirm|make sure|check|be sure|double check|double-check|be clear|be on the same page) | clarify | 1
(do|did) you mean                                     | clarify | 1
(when you say|by that do you mean|what do you mean by) | clarify | 1
(can|could|would) you (please)? (confirm|clarify|tell me more|explain|walk me through|describe|give me more detail|give me more details|give me an example|tell me a bit more|tell me a little more) | clarify | 1
(is|was) (that|this) (correct|right|accurate)         | clarify | 1
(am i|have i got|did i get|do i have) (that|this|it)? (right|correct|correctly) | clarify | 1
(does|did) (that|this) sound right                    | clarify | 1
(is that|was that|is it|was it) (the|your)? (one|same|only) | clarify | 1
# -- clarify: narrowing down the problem
(when|where|how) did (this|that|it|the problem|the issue|you first) (happen|start|begin|notice|first happen|first start) | clarify | 1
(when|where) (was|were|is) (this|that|it|the|your) (order|ordered|purchased|bought|delivered|charged|sent|booked|made) | clarify | 1
since when                                            | clarify | 1
how long (has|have) (this|that|it|you) been          | clarify | 1
how often (does|did|has) (this|that|it)               | clarify | 1
(does|did) (this|that|it) happen (every|all|each|only|when|on|with|after) | clarify | 1
(which|what) (order|account|item|card|number|date|device|flight|booking|address|email|phone|model|product|plan|payment|charge|transaction|invoice|reference|browser|app|version) | clarify | 1
what (exactly)? (happens|happened|do you see|does it say|does the message say|error|message) | clarify | 1
what (kind|type|sort) of                              | clarify | 1
(is|was) (it|this|that) (only|just|always|every time) | clarify | 1

# -- paraphrase: restating the customer's words
(so|and)? what (you are|you were) saying is           | paraphrase | 1
(so)? (you are|you were) (saying|telling me) (that)?  | paraphrase | 1
(so|okay so)? if i (understand|understood|heard|have understood) (you|this|that|it)? (correctly|right) | paraphrase | 1
what i am hearing is                                  | paraphrase | 1
let me make sure i (have|got|understand|understood) (this|that|it|everything)? (right|correctly)? | paraphrase | 1
(so|okay so) (basically|essentially|in short)? (the|your) (issue|problem|concern|question) is | paraphrase | 1
let me (repeat|read|play) (that|this|it|everything) back | paraphrase | 1
(to summarize|to summarise|so to summarize|so to summarise|to recap|so to recap|just to recap|in other words) | paraphrase | 1
you (mentioned|said|told me|explained) (that)?        | paraphrase | 1
(i|we) (hear|understand) that (you|your)              | paraphrase | 1

# -- generic questions: never clarifying
(how|what) (can|may|could) (i|we) (help|do|assist) (you)? | generic | 1
(is there|was there|can i help with|can i help you with|can i do) (anything|something) (else)? | generic | 1
(anything|something) else (i|we) can (help|do|assist) | generic | 1
(are you|you) still there                             | generic | 1
(can|could|may) i (have|get|take) your (name|account|number|email|phone|postcode|zip|date of birth|address) | generic | 1
(can|could|may) i place you on hold                   | generic | 1
