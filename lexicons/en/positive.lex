# positive.lex: positive phrasing by contact-centre agents (detector `positiveLanguage`).
#
# What the agent CAN do, is willing to do, or affirms, in place of what cannot be done. Every match
# adds its weight to the agent's positive-language score (see src/detectors/positiveLanguage.ts).
#
# Categories
#   can-do       states what is possible ("I can", "what I can do is", "the good news is")
#   willingness  offers to act ("I will", "let me", "happy to help", "I'd be glad to")
#   affirmation  agrees or assures ("absolutely", "of course", "no problem", "you're all set")
#
# Weights are positive. 1 for a clear positive phrase, 0.5 for a frequent or weaker one.
# Negation: the default `cancel` drops a negated match, so "I can't" (tokens "i can not") and
# "I will not" are never positive; "I can't" is in negative.lex. Phrases that carry their own
# negator ("no problem", "not a problem", "don't worry") use negation=ignore.
# Politeness markers (please, thank you, great question...) live in politeness.lex, not here, so
# that no phrase counts twice. The positional tags of lexicons/README.md apply here too.
@lexicon positive
@default speaker=agent negation=cancel

# phrase                                                   | category    | weight | options
# -- can-do
i can                                                        | can-do      | 1
i can (definitely|certainly|absolutely)                      | can-do      | 1
(i am|we are|i will be|we will be) able to                   | can-do      | 1
what (i|we) can do is                                        | can-do      | 1.5
(here is|this is) what (i|we) can do                         | can-do      | 1.5
the good news is                                             | can-do      | 1.5
good news                                                    | can-do      | 1
the best (way|option) (is|would be)                          | can-do      | 0.5
you can (definitely|certainly|also|always)                   | can-do      | 0.5
one (thing|option) (i|we) can do                             | can-do      | 1
there is (a|an) (way|option|solution)                        | can-do      | 0.5

# -- willingness
i will                                                       | willingness | 1
how (can|may) i (help|assist)                                | willingness | 1
let me                                                       | willingness | 1
# an offer put as a question leaves the customer to accept it ("Shall I send it by email?")
shall i                                                      | willingness | 1      | clause-initial question
allow me to                                                  | willingness | 1
i would (love|like) to help                                  | willingness | 1
(happy|glad|pleased|delighted) to (help|assist|check|look|do|take|sort|explain|answer|go) | willingness | 1.5
(more than|always|only too) (happy|glad) to                  | willingness | 1.5
i would be (happy|glad|delighted|pleased) to                 | willingness | 1.5
i am (happy|glad|delighted|pleased) to                       | willingness | 1
it (is|would be|was) (my|a) pleasure                         | willingness | 1.5
my pleasure                                                  | willingness | 1.5
with pleasure                                                | willingness | 1.5
i am going to (help|get|sort|take care|check|look|go ahead)  | willingness | 1
i will be (happy|glad) to                                    | willingness | 1.5

# -- affirmation
absolutely                                                   | affirmation | 1
certainly                                                    | affirmation | 1
of course                                                    | affirmation | 1
definitely                                                   | affirmation | 1
sure thing                                                   | affirmation | 1
no problem                                                   | affirmation | 1      | negation=ignore
(it is|that is|that is absolutely)? not a problem            | affirmation | 1      | negation=ignore
no problem at all                                            | affirmation | 1      | negation=ignore
no worries                                                   | affirmation | 1      | negation=ignore
(do not|no need to) worry                                    | affirmation | 1      | negation=ignore
not to worry                                                 | affirmation | 1      | negation=ignore
rest assured                                                 | affirmation | 1
(you got|you have got) it                                    | affirmation | 0.5
will do                                                      | affirmation | 0.5
(that is|that sounds|sounds) (great|perfect|wonderful|excellent|good) | affirmation | 0.5
perfect                                                      | affirmation | 0.5
excellent                                                    | affirmation | 0.5
wonderful                                                    | affirmation | 0.5
(you are|you are very|you are most|you are more than) welcome | affirmation | 1
(you are|you are now|you are all|that is all|it is all) (set|sorted) | affirmation | 1
(that is|it is) all done                                     | affirmation | 1
all (set|sorted)                                             | affirmation | 0.5
(that is|it is|this is|that has been|it has been) (fixed|resolved|sorted|taken care of) | affirmation | 1
