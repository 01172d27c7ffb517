# emotion.lex: negative emotion a customer expresses (detector `empathy`: the turn is an empathy
# opportunity; detector `activeListening`: an agent question right after it is a clarifying one).
#
# Categories say which emotion, for evidence only (every category opens an opportunity):
#   frustration  annoyance, exasperation, judgements of the service ("ridiculous", "fed up")
#   anger        anger and outrage
#   sadness      disappointment, distress, grief
#   worry        anxiety, fear, confusion, urgency
#   disbelief    incredulity at what happened ("I can't believe", "are you kidding"), and a reproach
#                asked as a question ("How could you lose my bag?")
#   exclusion    weight 0: a longer phrase that masks a shorter cue it contains but is no emotion
#                ("How is it possible to change my seat?" asks). Never counted.
# Only customer turns are matched. Negation cancels: "I'm not upset" is not an opportunity, "not
# bad" is not "bad". Phrases that contain their own negator ("not happy", "can't believe") use
# negation=ignore. A weight below 1 marks a weaker cue; any positive weight opens an opportunity.
@lexicon emotion
@default negation=cancel speaker=customer

# -- frustration
(frustrated|frustrating|frustration|frustrates)              | frustration | 1
(annoyed|annoying|irritated|irritating|exasperated|exasperating|aggravated|aggravating|infuriating|maddening) | frustration | 1
(fed up|sick of|sick and tired|tired of|had enough|at my wits end|at the end of my rope|at the end of my tether) | frustration | 1
(ridiculous|unacceptable|absurd|outrageous|pathetic|disgraceful|disgrace|shambles|laughable|insane|a joke|what a joke|a nightmare|a mess|useless|hopeless service) | frustration | 1
(terrible|horrible|awful|worst|appalling|shocking|disgusting|dreadful|atrocious|abysmal|lousy) | frustration | 1
(not|never) (happy|pleased|impressed|satisfied|acceptable|okay|ok|good enough) | frustration | 1 | negation=ignore
waste of (my)? (time|money)                                  | frustration | 1
(wasted|wasting) (my|so much|hours|days|all) (time|morning|afternoon|day|money)? | frustration | 1

# -- anger
(angry|furious|livid|mad|pissed|pissed off|fuming|outraged|enraged|seething|infuriated) | anger | 1

# -- sadness and disappointment
(upset|disappointed|disappointing|let down|gutted|devastated|heartbroken|crushed) | sadness | 1
(sad|miserable|depressed|crying|in tears|desperate|distraught|distressed) | sadness | 1
# grief: a death told as the customer's loss ("my father passed away last week", "we lost mum in
# March", the bank's bereavement team); a thing of theirs is no loss of a person ("I lost my wife's
# card", "lost my son's phone")
(passed away|bereaved|bereavement|widowed)   | sadness | 1
(my|our) (husband|wife|partner|mum|mother|mom|dad|father|son|daughter|child|baby|brother|sister|grandmother|grandfather|nan|gran|grandma|grandad|grandpa) (died|has died|had died|sadly died|has sadly died|sadly passed|has sadly passed|passed recently|passed last|passed yesterday|passed this) | sadness | 1
(lost|losing) (mum|mom|dad|nan|gran|grandma|grandad|grandpa) (in|last|this|on|recently|suddenly|to|a|two|three|earlier) | sadness | 1
(lost|losing) (my|our) (baby|child|mother|partner|brother|sister|son|daughter) (monitor|monitors|bag|seat|car seat|wipes|benefit|card|in law's|in law|tax credit|allowance|trust fund) | exclusion | 0
(lost|losing) (my|our) (husband|wife|partner|mum|mother|mom|dad|father|son|daughter|child|baby|brother|sister|grandmother|grandfather|nan|gran|grandma|grandad|grandpa|granddad) | sadness | 1
(lost|losing) (my|our) (husband's|wife's|partner's|mum's|mother's|mom's|dad's|father's|son's|daughter's|child's|baby's|brother's|sister's|grandmother's|grandfather's|nan's|gran's|grandma's|grandad's|grandpa's|granddad's) | exclusion | 0

# -- worry, fear, confusion, urgency
(worried|worrying|anxious|nervous|scared|afraid|frightened|terrified|stressed|stressful|stressing|panicking|panicked|concerned|alarmed|freaking out) | worry | 1
(confused|confusing|baffled|puzzled)                          | worry | 0.5
# shock after an accident, a theft or a fright ("I'm still a bit shaken", "she was quite shaken up")
(i am|i was|i feel|i felt|we are|we were|she is|she was|he is|he was|they are|they were) (still)? (a bit|a little|quite|really|very|so|pretty|rather)? (still)? (shaken|shaken up|shook up|rattled) | worry | 1
(my|our) (son|daughter|husband|wife|partner|mum|mother|dad|father|kids|children) (is|was|are|were) (still|a bit|quite|really|very|so)? (shaken|shaken up|shook up|rattled) | worry | 1
(i am|i was|we are|we were|she is|she was|he is|he was) (still)? in shock | worry | 1
(i am|i was|we are|we were|she is|she was|he is|he was) (still)? (shaking|trembling) (all over|like a leaf)? | worry | 1 | clause-final
(makes no sense|does not make sense|did not make sense)       | worry | 0.5 | negation=ignore
(no idea what|do not know what) (to do|is going on|happened) | worry | 0.5 | negation=ignore
(i|we) (really|urgently|desperately)? (need|needed) (this|it) (for|by|today|tonight|tomorrow|urgently|asap|right now) | worry | 0.5
(urgent|urgently|emergency|desperately)                       | worry | 0.5

# -- disbelief
(can not|could not) believe                                  | disbelief | 1 | negation=ignore
(unbelievable|are you kidding|you are kidding|are you serious|you have got to be kidding|you must be joking|are you joking) | disbelief | 1
how (is|was) (this|that|it) (possible|acceptable|allowed)    | disbelief | 1
how (hard|difficult) can it be                              | disbelief | 1
# a reproach asked as a question: the customer asserts that it should not have happened, and wants
# no answer (Koshik 2005 on assertive questions): "How could you lose my bag?", "How can you not tell
# us anything?", "How is that even fair?". Only forms that are a reproach far more often than a
# question: "how do you" is also "how does one" ("How do you forget a Wi-Fi network?"), a loss
# needs the customer's own thing ("How did they lose power on our street?" asks), "not have" is
# also praise ("How can you not have a fee for that? Great!"), and "Is it too much to ask...?" is
# also a polite request.
how (can|could|did) (you|you guys|you people|they|the bank|the airline|the company|the courier|the shop|your company|your staff) (lose|forget|ignore) (my|our|me|us) | disbelief | 1
how (can|could) (you|you guys|you people|they|your company|your staff) justify (this|that|it|charging) | disbelief | 1
how (can|could) (you|you guys|you people|they|the bank|the airline|the company|the courier|the shop|your company|your staff) (charge|bill) (me|us) (twice|again|double) | disbelief | 1
how (can|could) (you|you guys|you people|they|the bank|the airline|the company|the courier|the shop|your company|your staff) not (even)? (tell|let|notify|inform|know|answer|call|respond|reply|care|notice|warn) | disbelief | 1 | negation=ignore
how (could|can) not (you|they) (tell|let|notify|inform|know|answer|call|respond|reply|care|notice|warn) | disbelief | 1 | negation=ignore
how is (it|this|that) (even|in any way)? (fair|legal|ok|okay|reasonable) | disbelief | 1
# asking how a procedure is done is no disbelief: "How is it possible to change my seat?" (but
# "How is it possible to lose a suitcase twice?" is)
how (is|was) it possible to (change|get|book|add|pay|transfer|cancel|upgrade|update|order|buy|return|move|switch|set up|apply|register|check|see|find|use|make|download|access|contact|reach|speak|talk|send|reset|link|open|close|claim) | exclusion | 0
