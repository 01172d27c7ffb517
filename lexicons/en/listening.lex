# listening.lex: active listening by the agent (detector `activeListening`).
#   clarify     a question that checks or narrows what the customer said
#   paraphrase  a marker of restating the customer's words in the agent's own
@lexicon listening
@default negation=cancel speaker=agent

just to (clarify|confirm|make sure|check|be sure|double check) | clarify | 1
(do|did) you mean                                     | clarify | 1
(can|could) you (confirm|clarify|tell me more|explain|walk me through|describe) | clarify | 1
(when|where|how) did (this|that|it) (happen|start|begin) | clarify | 1
(which|what) (order|account|item|card|number|date|device|flight|booking|address) | clarify | 1
is (that|this) (correct|right)                        | clarify | 1
(am i|have i got) (right|that right|understanding correctly) | clarify | 1
(so|and) what (you are|you're) saying is              | paraphrase | 1
(so|okay so)? if i (understand|understood|heard) (you|this|that)? (correctly|right) | paraphrase | 1
what i am hearing is                                  | paraphrase | 1
let me make sure i (have|got|understand) (this|that|it)? (right|correctly)? | paraphrase | 1
(so|okay so) (basically|essentially)? the (issue|problem|concern) is | paraphrase | 1
(so|okay so) you (are|were|have|had|want|would like|need) | paraphrase | 1
(you are|you're) (saying|telling me) (that)?          | paraphrase | 1
(i|we) (hear|understand) that (you|your)              | paraphrase | 1
