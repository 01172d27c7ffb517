# politeness.lex: politeness strategies, for any speaker (detector `positiveLanguage`).
#
# The strategies of politeness theory (Brown & Levinson 1987, "Politeness: some universals in
# language usage") as operationalised for requests by Danescu-Niculescu-Mizil, Sudhof, Jurafsky,
# Leskovec & Potts 2013, "A computational approach to politeness with application to social
# factors" (ACL). Positive-weight strategies make a request or statement more polite; negative-
# weight strategies are the ones that study found on the impolite side (direct questions, direct
# starts, factuality, commands) plus plain rudeness. Written for spoken and chat customer service,
# and general enough for written requests (the lexicon is also evaluated on Stack Exchange requests),
# so every entry matches any speaker.
#
# Categories (sign of the weight)
#   gratitude          (+) "thank you", "thanks", "I appreciate"
#   please             (+) "please" in the middle of a request; a sentence-initial "please" softens a
#                          bare imperative ("Please do not remove warnings"), far less polite in
#                          that study: the detector counts it at 0.25 (category please-start)
#   deference          (+) "great question", "good point", "you're right", "you did the right thing"
#   apology            (+) "sorry", "excuse me", "I apologize"
#   hedge              (+) "I think", "perhaps", "maybe", "it seems"
#   indirect-request   (+) "could you", "would you mind", "is it possible", "I was wondering"
#   greeting           (+) "hi", "hello", "good morning"
#   first-person-plural (+) "let's", "we could", "together"
#   seek-agreement     (+) a closing "Would that be okay?", "Does that work for you?", "What do you think?"
#   attend             (+) "Did that help?", "Did you manage to get it working?"
#   direct-question    (-) "why did you", "what is your problem", a question opening with "why".
#                          The study also found plain what/who/how questions and questions opening
#                          with "so", "and" or "but" slightly impolite in written requests. They are
#                          not counted: an agent's "And what's your postcode?" is the job, not
#                          rudeness, and four of them made a "negative phrasing" coaching alert;
#                          on the requests they moved the evaluation by 0.002 at most.
#   factuality         (-) "in fact", "the point is", sentence-initial "actually"
#   direct-command     (-) "give me", "tell me", "just do", "stop" at the start of a clause
#   impolite           (-) "whatever", "ridiculous", "shut up", "what the hell"
#   The conventionalised impoliteness formulae of Culpeper 2011 ("Impoliteness: using language to
#   cause offence", ch. 5), each in a form that an agent could say to a customer:
#   challenge          (-) unpalatable questions: "why on earth", "did you even", and a negative
#                          interrogative opening a question, "Didn't you read it?" (Heritage 2002)
#   condescension      (-) "you do realise", "it's not rocket science", "any child could"
#   message-enforcer   (-) a closing check on the hearer's grasp: "Do you understand?", "Is that clear?"
#                          ("Does that make sense?" is the courteous form and does not count)
#   dismissal          (-) "So what?", "Who cares?", "get over it"
#   silencer           (-) "be quiet", "stop complaining"
#   (Culpeper's threats, "... or else", are left out: "or else, I can send a new one" is an offer.)
#   exclusion          (0) a longer phrase that masks a shorter one it contains ("thank god" is not
#                          gratitude). Never counted.
#   check              (0) words of the short checks of contact and agreement ("Okay?", "Still
#                          there?"), which keep a short question from counting as bald. Never counted.
#
# Weights: +1 for most strategies, +1.5 for gratitude, +0.5 for the weaker or very frequent ones
# (hedges, indicative "can you", "hey", seek-agreement, attend); -0.5 to -2 for the negative ones
# by strength.
# Negation: the default `cancel` drops a negated match ("I'm not sorry", "I don't think" is not a
# hedge); phrases that contain their own negator use negation=ignore.
# Tags read by the detector: `initial` counts only as the first word of a sentence;
# `clause-initial` also after a comma, semicolon or colon; `clause-final` only when punctuation or
# the end of the turn follows; `question` only in a sentence that ends with a question mark.
# Three politeness forms are not lexicon entries but detector rules (the tokenizer keeps single
# punctuation only): a smiling emoticon (category emoticon, +0.5), an exasperated "??" or "?!"
# (category exasperation, -0.5), and a bald question of one or two words, "Postcode?", "Really?"
# (category bald-question, -0.5; Brown & Levinson's bald on record) unless it holds a match of a
# language lexicon: a courtesy ("Sorry?") or a weight-0 `check` entry below ("Okay?", "Anything else?").
@lexicon politeness
@default speaker=any negation=cancel

# phrase                                                     | category            | weight | options
# -- gratitude
thank you                                                    | gratitude           | 1.5    | inflect
thanks                                                       | gratitude           | 1.5
(many|big|a lot of) thanks                                   | gratitude           | 1.5
thanks (so|very) much                                        | gratitude           | 1.5
thank you (so|very) much                                     | gratitude           | 1.5
(thx|ty|cheers)                                              | gratitude           | 1
(i|we) (really|truly|greatly)? appreciate                    | gratitude           | 1.5    | inflect
(much|greatly|really|truly)? appreciated                     | gratitude           | 1.5
(i am|we are) (very|so|really)? (grateful|thankful)          | gratitude           | 1.5
# going on record as incurring a debt (Brown & Levinson's negative politeness): thanks in advance
(i|we) would (be)? (very|so|really|most|greatly|truly)? (grateful|thankful) | gratitude | 1.5
(i|we) would (really|greatly|very much|truly)? appreciate    | gratitude           | 1.5
(i|we) (will|would) owe you                                  | gratitude           | 1
thank (god|goodness|heavens)                                 | exclusion           | 0
thanks to                                                    | exclusion           | 0
thanks for nothing                                           | impolite            | -2     | negation=ignore

# -- please
please                                                       | please              | 1
(pls|plz)                                                    | please              | 0.5

# -- deference
(great|good|excellent|interesting|fair|valid) (question|point|idea|catch|suggestion) | deference           | 1
(you are|you are absolutely|you are quite|you are totally) (right|correct) | deference           | 1
# "right" of time or place is no agreement ("I can see where you are right now")
you are right (now|here|away|next to|outside|behind) | exclusion         | 0
you make a (good|great|fair|valid) point                     | deference           | 1
(nice|great|good) (work|job)                                 | deference           | 1
well done                                                    | deference           | 1
(i see|i take) your point                                    | deference           | 1
# praise for what the hearer did ("You did the right thing by calling us", "You're doing really well")
(you did|you have done) (the right thing|everything right|exactly the right thing|really well|so well|brilliantly) | deference | 1
you are doing (really|so|very)? (well|great|brilliantly)     | deference           | 1
(that is|it is|how) (so|very|really|too)? kind of you         | deference           | 1
you are (so|very|really|too) kind                            | deference           | 1
you are kind                                                 | deference           | 1      | clause-final
(that|it) makes (total|perfect|complete)? sense              | deference           | 0.5
(great|good|nice|awesome|interesting|cool)                   | deference           | 0.5    | initial

# -- apology
sorry                                                        | apology             | 1
(i am|i am so|i am very|i am really|i am terribly) sorry     | apology             | 1
sorry to (bother|trouble|disturb|interrupt|ask)              | apology             | 1.5
excuse me                                                    | apology             | 1
pardon (me)?                                                 | apology             | 1
(i|we) (apologize|apologise)                                 | apology             | 1      | inflect
(my|our) (sincere|sincerest)? apologies                      | apology             | 1
apologies (for|if)                                           | apology             | 1
forgive me                                                   | apology             | 1

# -- hedge
i (think|believe|guess|suppose|feel like|would say)          | hedge               | 0.5
(perhaps|maybe|possibly|presumably)                          | hedge               | 0.5
it (seems|appears)                                           | hedge               | 0.5
it (looks|sounds) (like|as if|as though)                     | hedge               | 0.5
i wonder                                                     | hedge               | 0.5
(kind|sort) of                                               | hedge               | 0.5
(what|which|any|some|the same|a|the|every|all) (kind|sort) of | exclusion | 0
(i|we) (would)? (suggest|recommend)                          | hedge               | 0.5
(might|may) (be|want|need|have)                              | hedge               | 0.5
not (sure|certain) (if|whether)                              | hedge               | 0.5    | negation=ignore
as far as i (know|can tell)                                  | hedge               | 0.5
# minimising the imposition (Brown & Levinson's negative politeness): the request is small, idle
(just|only) (curious|wondering|checking)                     | hedge               | 0.5
(just)? out of curiosity                                     | hedge               | 0.5
# giving options (Brown & Levinson's negative politeness, do not coerce): "I can email it, if you
# prefer.", "If you like, I can call you back." (not "if you want a refund, ...", a condition)
if you (like|prefer|would like|would prefer|wish)            | hedge               | 0.5    | clause-final
(a|one) (quick|small|little|short) question                  | hedge               | 0.5

# -- indirect-request
(could|would) you                                            | indirect-request    | 1
(could|would) you (kindly|possibly)                          | indirect-request    | 1.5
(would|do) you mind                                          | indirect-request    | 1
if you (do not|would not) mind                               | indirect-request    | 1      | negation=ignore
(is|would) it (be)? (possible|ok|okay|alright|all right)     | indirect-request    | 1
(is|would) (that|this) (be)? (ok|okay|alright|all right|fine) (with you)? if | indirect-request | 1
(i was|i am|we were) wondering                               | indirect-request    | 1
i wonder (if|whether)                                        | indirect-request    | 1
# being pessimistic about the hearer's doing it (Brown & Levinson): "I don't suppose you could..."
i (do not|don't) suppose (you|anyone|someone|there)          | indirect-request    | 1      | negation=ignore
(could|may|might|can) (i|we) (please|just|quickly|also)? (ask|get|have|trouble|check|confirm|take|grab|verify|go through|put you|place you|see|know|speak) | indirect-request | 1
(could|may|might|can) (i|we) just                            | indirect-request    | 1
(would|could) (you|anyone|someone|somebody) be able to       | indirect-request    | 1
(can|will) you                                               | indirect-request    | 0.5
(can|could) (anyone|someone|somebody)                        | indirect-request    | 1
if (you|anyone|someone) (could|can|would)                    | indirect-request    | 1
when you (get|have) a (chance|moment|minute|second)          | indirect-request    | 1
if (possible|you can|you have time)                          | indirect-request    | 1
by the way                                                   | indirect-request    | 0.5
(any|some) (help|advice|suggestions|ideas|pointers|hints) (would be|is|are) (appreciated|welcome|great) | indirect-request    | 1
# an open question for the hearer's view leaves them free to answer or not ("Any ideas?")
any (idea|ideas|thoughts|suggestions|pointers|advice|hints|tips) | indirect-request    | 0.5    | question

# -- seek-agreement: asking whether a proposal suits the hearer, or what they think of it, leaves the
# choice with them (Brown & Levinson's positive politeness, seek agreement; negative, give options).
# Closing a clause with the verb before its subject, these are questions by their word order, so
# they count without a question mark too, as agents often type in chat ("is that ok").
(would|will|does|is) (that|this) (be)? (ok|okay|alright|all right|fine|acceptable) (for|with)? (you)? | seek-agreement | 0.5 | clause-final
(does|would|will) (that|this) (work|suit) (for)? (you)?      | seek-agreement      | 0.5    | clause-final
(so)? what do you think                                      | seek-agreement      | 0.5    | question clause-final
(does|would|will) (that|this) (work|suit) (you)? better (for you)? | seek-agreement | 0.5 | question
(does|would) (that|this) sound (ok|okay|good|alright|all right|fine) | seek-agreement | 0.5 | question
how does (that|this) sound                                   | seek-agreement      | 0.5    | clause-final

# -- attend: asking whether a step helped the hearer (Brown & Levinson's positive politeness, notice
# and attend to the hearer's wants)
(did|has|have) (that|this|it|those|these) (help|helped|work|worked) (for you|at all)? | attend | 0.5 | clause-final
(did|has|have) (that|this|it) (work|worked) out for you      | attend              | 0.5    | question
(has|have) (that|this|it) helped you (understand|with)       | attend              | 0.5    | question
(does|would) (that|this) help                                | attend              | 0.5    | clause-final
(did|has|have) (that|this|it|those|these) (work|worked) out  | exclusion           | 0
(did|have) you (manage|managed) to (get|sort|fix|resolve|find|log|sign|pay|download|reset|update|book|speak) | attend | 0.5 | question

# -- checks: a question of one or two words is a bald question (a detector rule, -0.5) unless it
# holds a lexicon match; these weight-0 entries name the short questions that are short by nature:
# checks of contact, agreement and progress ("Okay?", "Still there?", "Make sense?", "Any luck?"),
# closings ("Anything else?"), response tokens ("Oh?", "Mhm?"), a name called ("Mrs Patel?") and
# offers of a time ("Tomorrow morning?", "One moment?"), which benefit the hearer, where Brown &
# Levinson find bald forms fitting
(okay|ok|alright|right|yes|yeah|yep|yup|no|nope|correct|sure|ready|there|sense|questions|agreed|deal|luck|joy|further|working|done|better|sorted|connected|found|fixed|worked|anything|still|fair) | check | 0
# echo questions that take up the customer's news ("Is it?", "Did it?", "Have you?")
(is|was|did|does|do|has|have|had|are|were) (it|you|they|he|she|we|there) | check | 0 | clause-final
(anything|something|anyone|someone|nothing) else             | check               | 0
(oh|ah|aha|hmm|mm|mhm|uh-huh|huh-uh)                         | check               | 0
(mr|mrs|ms|miss|dr)                                          | check               | 0
(today|tomorrow|tonight|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|moment|minute|minutes|sec|second|shall) | check | 0

# -- greeting
(hi|hello|greetings)                                         | greeting            | 1
(hey|hiya)                                                   | greeting            | 0.5
good (morning|afternoon|evening|day)                         | greeting            | 1
(nice|pleased|good|lovely) to (meet|speak to|speak with|talk to|talk with|hear from) you | greeting            | 1
welcome (to|back)                                            | greeting            | 1
how are you (doing|today)?                                   | greeting            | 0.5

# -- first-person-plural
let us                                                       | first-person-plural | 0.5
(we can|we could)                                            | first-person-plural | 0.5
shall we                                                     | first-person-plural | 0.5
together                                                     | first-person-plural | 0.5

# -- direct-question
why (did|do|would|are|were|have|is|does|can|could|will|should|did not|do not|would not|have not|will not|can not|is not) you | direct-question     | -1     | negation=ignore
what (is|was) your problem                                   | direct-question     | -1.5   | negation=ignore
what is wrong with you                                       | direct-question     | -2     | negation=ignore
what were you thinking                                       | direct-question     | -1.5
how could you                                                | direct-question     | -1
how dare you                                                 | impolite            | -2
who (told|asked) you                                         | direct-question     | -1
do you (even|actually|really) (know|understand|read|listen|care) | direct-question     | -1.5
did you (even|actually|not) (read|look|try|check|listen)     | direct-question     | -1.5   | negation=ignore
why                                                          | direct-question     | -0.5   | initial question
# "why don't we/I..." offers or suggests a joint action ("Why don't we start with the router?"),
# "why don't you try..." suggests a step, and so does "Why not (just) pop it in the post?" (the
# "not" after "why" cancels it: a trailing negator, see "Negation scope" in lexicons/README.md)
why (do not|does not) (we|i)                                 | exclusion           | 0      | negation=ignore
why do not you (just)? (try|give|pop|take|have|leave)        | exclusion           | 0      | negation=ignore

# -- factuality
(in fact|as a matter of fact)                                | factuality          | -0.5
the (fact|point|truth|reality) (is|of the matter is)         | factuality          | -0.5
actually                                                     | factuality          | -0.5   | initial

# -- direct-command
(just)? (give|tell|show|send|get) me                         | direct-command      | -0.5   | clause-initial
# inviting the hearer's account is active listening, not an order ("I'm so sorry, tell me what
# happened.", "Tell me more."); a curt "Just tell me what happened." starts at "just" and still counts
tell me (what happened|more|about it|about what happened|how it happened|how you feel|how you are feeling|how i can help) | exclusion | 0
(give|get) me (a|one|two|a few|a couple of|just a|just one)? (moment|moments|second|seconds|minute|minutes|sec|secs) | exclusion | 0
(just)? do (it|this|that|what)                               | direct-command      | -0.5   | clause-initial
just (do|read|check|try|answer|look|fix|use|go|stop|call|click) | direct-command      | -0.5   | clause-initial
# an open invitation to come back, not an order ("If anything changes, just call us")
just (call|ring|message|contact|email|text) us               | exclusion           | 0
stop                                                         | direct-command      | -1     | clause-initial clause-final
answer (the|my) question                                     | direct-command      | -1
(hurry|speed it) up                                          | direct-command      | -1     | clause-initial
read the (terms|email|instructions|manual|letter|website|faq) | direct-command      | -0.5   | clause-initial
i need you to                                                | direct-command      | -0.5
(do not|don't) (do|touch|change|remove|delete|revert|ask|tell|make) | direct-command      | -0.5   | initial negation=ignore

# -- impolite
whatever                                                     | impolite            | -1     | clause-initial clause-final
whatever you say                                             | impolite            | -1
whatever (you|i|we) (need|can|want|like|prefer|decide)       | exclusion           | 0
seriously                                                    | impolite            | -0.5   | clause-initial
(ridiculous|absurd|pathetic|nonsense|rubbish|garbage)        | impolite            | -1
(rubbish|garbage) (collection|collections|bin|bins|tip|day)  | exclusion           | 0
(shut up|screw you)                                          | impolite            | -2
(stupid|dumb|idiot|idiotic|moron|moronic|clueless|incompetent) | impolite            | -1.5
(idiots|morons|stupidity)                                    | impolite            | -1.5
what the (hell|heck|fuck|f)                                  | impolite            | -2
(the hell|the heck|wtf|wth)                                  | impolite            | -1.5
(damn|damned|dammit|crap|crappy|bloody|freaking|frigging)    | impolite            | -1
(shit|bullshit|fuck|fucking|fucked|fuckin)                   | impolite            | -2
are you (kidding|joking|serious)                             | impolite            | -1
you people                                                   | impolite            | -1
(waste|wasting) (of)? (my|our)? time                         | impolite            | -1
(useless|worthless)                                          | impolite            | -1
(for god's sake|for heaven's sake|for goodness sake)         | impolite            | -1

# -- Culpeper's impoliteness formulae
(what|why|how|where|who) on earth                            | challenge           | -1
# pressing the hearer for what they really mean or want ("What exactly do you expect me to do?",
# a bare "What exactly do you mean?"); a plain "What exactly did the engineer say?" or "What exactly
# do you mean by the screen going blank?" is a careful clarifying question and does not count
(what|how) exactly (do|did|are|were) you (expect|suggesting|implying|getting at) | challenge | -0.5 | initial question
(what|how) exactly (do|did|are|were) you (want|mean|saying)  | challenge           | -0.5   | initial question clause-final
how exactly (is|was) (that|this|it) (my|our) (fault|problem) | challenge           | -0.5   | initial question
(did|do|have) you even                                       | challenge           | -1
# a negative interrogative opening a question ("Didn't you read it?", "Isn't that obvious?",
# "Shouldn't it be n!?") asserts the speaker's view and challenges the hearer's (Heritage 2002,
# "The limits of questioning: negative interrogatives and hostile question content"; Koshik 2002,
# reversed polarity questions). Only those about the hearer count: about a thing they are mostly a
# check after a reported fault ("Isn't it working?", "Didn't it arrive?") or side with the customer
# ("Shouldn't that have been refunded by now?"), unless they call it obvious. "Would"/"could" ones
# are offers and suggestions ("Wouldn't it be easier if I emailed it?"), a tag question ("...,
# isn't it?") does not open its sentence, and the detector lets a check-back pass ("Can't you log
# in?" after "I can't log in").
(are|is|do|does|did|have|has|had|should|was|were|can|will) not you | challenge | -0.5 | initial question negation=ignore
(is|was) not (that|it|this) (obvious|clear|simple|easy)      | challenge           | -0.5   | initial question negation=ignore
you do (realise|realize|know|understand)                     | condescension       | -1     | initial
(it is|this is|that is) not rocket science                   | condescension       | -1     | negation=ignore
(any|even an?) (idiot|fool|moron) (can|could|would|knows)    | condescension       | -1.5
# what "everyone knows" the hearer should have known ("Everyone knows you need a passport"); "not
# everyone knows" reassures (negation cancels), "everyone knows how stressful it is" sympathises
(everyone|everybody) knows (not to|that you|you should|you have to|you need to|you must|you can not|you keep|you do not) | condescension | -1
# the reproach of a counterfactual: "If you'd read the guide you'd know", "If you'd listened". The
# tokenizer reads "you'd" as "you would" (so "if you'd listened" is "if you would listened"). Not
# listening or paying attention is a reproach by itself; reading, checking or looking is one only
# with the "you'd (know|have seen)" that follows the thing not read: "If you'd checked in online
# earlier, the refund is automatic", "If you'd read me the code, ..." and "if you'd like" stay
# conditions, requests and offers
if you (had|would) (listened|paid attention|bothered)        | condescension       | -1
if you (had|would) (read|checked|looked at|followed) (the|my|our|your|it|that|this)? * you would | condescension | -1
if you (had|would) (read|checked|looked at|followed) (the|my|our|your) * * you would | condescension | -1
# an order to do better next time ("Try again tomorrow and get it right this time."); "we'll get it
# right this time" is the agent's own promise
(just|please)? get it right (this|next) time                 | condescension       | -1     | clause-initial
try (it|that)? again (tomorrow|later|today)? and get it right | condescension      | -1     | clause-initial
make sure you get it right (this|next) time                  | condescension       | -1
do you understand                                            | message-enforcer    | -0.5   | question clause-final
is that clear                                                | message-enforcer    | -0.5   | initial question clause-final
you got that                                                 | message-enforcer    | -0.5   | initial question clause-final
understood                                                   | message-enforcer    | -0.5   | initial question clause-final
so what                                                      | dismissal           | -1     | initial question clause-final
who cares                                                    | dismissal           | -1     | initial question clause-final
big deal                                                     | dismissal           | -1     | initial clause-final
(just)? get over it                                          | dismissal           | -1.5   | clause-initial clause-final
(be|keep) quiet                                              | silencer            | -1.5   | clause-initial clause-final
(stop|quit) (complaining|whining|moaning|shouting|yelling|arguing|interrupting) | silencer | -1.5 | clause-initial
(what do you expect|are we done here)                        | dismissal           | -1     | question
# sending the customer off to search for themselves
(just)? google it                                            | dismissal           | -1     | clause-initial
you (can|could) (just)? google it                            | dismissal           | -1     | clause-final
# an ultimatum put as a question ("Do you want it or not?")
do you (want|need) (it|this|that|them|one)? or not           | challenge           | -1     | question clause-final negation=ignore
(do not|don't) interrupt me                                  | silencer            | -1.5   | negation=ignore
