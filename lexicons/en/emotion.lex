# emotion.lex: negative emotion a customer expresses (detector `empathy`: an empathy opportunity).
#
# Categories: frustration, anger, worry, sadness, disbelief. Negation cancels ("I'm not upset" is not
# an opportunity). Only customer turns are matched.
@lexicon emotion
@default negation=cancel speaker=customer

(frustrated|frustrating|frustration)                          | frustration | 1
(fed up|sick of|sick and tired|tired of|had enough|at my wits end) | frustration | 1
(annoyed|annoying|irritated|irritating|exasperated)           | frustration | 1
(ridiculous|unacceptable|absurd|outrageous|pathetic|joke|nightmare|disgrace|disgraceful|shambles) | frustration | 1
(angry|furious|livid|mad|pissed|fuming|outraged)              | anger | 1
(upset|disappointed|let down|gutted|devastated|heartbroken)   | sadness | 1
(sad|miserable|depressed|crying|in tears|desperate|hopeless)  | sadness | 1
(worried|worry|worrying|anxious|nervous|scared|afraid|stressed|stressful|panicking|panic|concerned) | worry | 1
(confused|lost|no idea what)                                  | worry | 0.5
(terrible|horrible|awful|worst|appalling|shocking|disgusting) | frustration | 1
(can not|cannot) believe                                      | disbelief | 1 | negation=ignore
(unbelievable|seriously|are you kidding|you have got to be kidding) | disbelief | 1
(i|we) (need|needed) (this|it) (for|by|today|tomorrow|urgently) | worry | 0.5
