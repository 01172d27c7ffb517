# empathy.lex: what an agent says that shows empathy (detector `empathy`).
#
# Categories follow the communication mechanisms of empathy in the EPITOME framework (Sharma et al.,
# 2020) and contact-centre coaching practice:
#   emotional-reaction  warmth, compassion, concern ("that sounds really stressful", "I'm so sorry")
#   interpretation      understanding of the feelings or experience ("I understand how frustrating")
#   exploration         asking about the person's feelings or experience ("how are you holding up")
#   apology             a specific apology ("I'm sorry about the double charge"); tag `scripted` for
#                       formulaic ones ("sorry for any inconvenience"), which count half
#   reassurance         a promise of support ("you're in good hands", "we'll get this sorted")
#   encouragement       warmth that looks ahead: hope, good wishes, encouragement ("I hope it gets
#                       better", "hang in there", "good luck") — an emotional reaction in EPITOME's terms
# Tag `question`: the phrase only counts in a sentence that is a question (explorations).
# Negation cancels ("I don't understand" is not empathy); phrases carrying their own negator use
# negation=ignore. `inflect` adds verb forms (apologize, apologized, apologizing).
@lexicon empathy
@default negation=cancel speaker=agent

# -- emotional reactions
(that|this|it) (sounds|seems|must be|must have been|is|was) (so|really|very|incredibly|extremely|truly|pretty)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing) | emotional-reaction | 1
(that|this) (sucks|stinks)                   | emotional-reaction | 1
(i am|i'm) (so|really|very|truly|deeply|terribly)? sorry (to hear|you are|you're|you have|you've|that you|this happened|that happened|for your loss|about your) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly) sorry | emotional-reaction | 1
(i am|i'm) sorry                             | emotional-reaction | 1
sorry (you|that you|this is|that this|it is|that it|things are|about what) | emotional-reaction | 1
(that is|that's|this is|it is|it's) (so|really|very|pretty|just)? (sad|awful|terrible|horrible|rough|hard|tough|unfair|heartbreaking|upsetting|scary|shitty|crappy|messed up|fucked up|not fair) | emotional-reaction | 1
(that|this|it) (sounds|seems|looks) (so|really|very|incredibly|pretty)? (rough|hard|tough|painful|awful|terrible|lonely|scary|exhausting|difficult|stressful) | emotional-reaction | 1
(damn|wow|geez|jeez|oof|ugh|aw|aww|awww) | emotional-reaction | 0.5
(poor|you poor) (thing|you)                  | emotional-reaction | 1
(breaks|broke) my heart                      | emotional-reaction | 1
(i am|i'm) (so|really|very)? (proud|happy|glad) (of|for) you | emotional-reaction | 1
(congrats|congratulations|well done|good for you|way to go) | emotional-reaction | 1
you (deserve|deserved) (better|more|to be happy|to feel|love|happiness|help|support) | emotional-reaction | 1
(it is|it's|that is|that's) not your fault   | emotional-reaction | 1 | negation=ignore
you (matter|are worth it|are loved|are important|are valuable|are enough|are strong|are brave) | emotional-reaction | 1
(you are|you're) (not|never) (a burden|alone|worthless|broken|weak|stupid) | emotional-reaction | 1 | negation=ignore
(i|we) (care|cared) about you                | emotional-reaction | 1
(i|we) (love|hear|see|believe) you           | emotional-reaction | 1
sorry (to hear|you are going through|you're going through|for what you|that you) | emotional-reaction | 1
(oh no|oh dear|oh man|how awful|how terrible|how frustrating|how stressful) | emotional-reaction | 1
i (feel|felt) (for|with) you                 | emotional-reaction | 1
i feel (you|your pain|the same)              | emotional-reaction | 1
my heart (goes out|breaks)                   | emotional-reaction | 1
(sending|sent) (you)? (hugs|love|good vibes|strength|positive thoughts) | emotional-reaction | 1
(hugs|virtual hug|big hug)                   | emotional-reaction | 1
i (hope|wish) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns) (better|well|out|okay|ok) | emotional-reaction | 1
i am (so|really|very)? (glad|happy|relieved) (you|to hear) | emotional-reaction | 1
(i am|i'm) (here|always here) for you        | emotional-reaction | 1
you are not alone                            | emotional-reaction | 1 | negation=ignore
you're not alone                             | emotional-reaction | 1 | negation=ignore
(that|this) (is|was) not (okay|ok|fair|right|acceptable) | emotional-reaction | 1 | negation=ignore
(nobody|no one) (should|deserves to) (have to)? (go through|deal with|feel) | emotional-reaction | 1 | negation=ignore
(i can|i could) (only)? imagine              | emotional-reaction | 1
i am (worried|concerned) (about|for) you     | emotional-reaction | 1
(take care of yourself|be kind to yourself|look after yourself) | emotional-reaction | 1
(what|that) a (nightmare|pain|hassle|shame)  | emotional-reaction | 1

# -- encouragement and good wishes
i (really|truly|sincerely)? hope (you|things|it|everything|this|that|she|he|they|your) | encouragement | 1
(hope|hoping) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns|are|is|find|can) | encouragement | 1
(good luck|best of luck|all the best|best wishes) | encouragement | 1
wish you (the best|well|luck|all the best) | encouragement | 1
(hang in there|stay strong|keep going|keep fighting|keep your head up|chin up|hold on|you got this|you've got this) | encouragement | 1
you can do (it|this) | encouragement | 1
(do not|don't|never) give up                 | encouragement | 1 | negation=ignore
(it|things|life) (will|does|can|do) get better | encouragement | 1
(it|things) gets? better                     | encouragement | 1
(take care|be safe|stay safe|be gentle with yourself|be kind to yourself|look after yourself) | encouragement | 1
(feel free to|you can always|you are welcome to) (message|pm|dm|reach out|talk|contact|write) | encouragement | 1
(i am|i'm|we are|we're) (always)? here (for you|if you need|to listen|to talk|if you want) | encouragement | 1
(my|our) (dms|inbox|door) (is|are) (always)? open | encouragement | 1
(sending|sent) (you)? (love|hugs|strength|virtual hugs|good thoughts|positive vibes|prayers) | encouragement | 1
(you are|you're) (doing|going to be) (great|well|fine|okay|ok|alright|the right thing|your best) | encouragement | 1
(it is|it's) (okay|ok|alright|normal|fine) to (feel|be|cry|not) | encouragement | 1 | negation=ignore

# -- interpretations
i (completely|totally|really|fully|absolutely|definitely)? (understand|get|see|know|hear) (how|why|what|that|where you|your) | interpretation | 1
i (completely|totally|really|fully|absolutely|definitely)? understand | interpretation | 1
i (can|could) (definitely|totally|really|certainly)? (see|understand|tell|hear|imagine) (how|why|that|what|the) | interpretation | 1
i (hear|get) you                             | interpretation | 1
(that|it) (makes|made) (total|complete|perfect)? sense | interpretation | 1
(it|that) sounds like you                    | interpretation | 1
you (must|might|may) (be|have been|feel|have felt) (feeling)? (so|really|very|pretty|quite)? (frustrated|upset|stressed|worried|tired|exhausted|scared|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad) | interpretation | 1
(it is|it's|that is|that's) (completely|totally|perfectly)? (understandable|natural|normal|valid|fair) | interpretation | 1
(anyone|anybody|most people) would (be|feel) | interpretation | 1
i would (be|feel) (the same|upset|frustrated|angry|annoyed|worried|stressed) | interpretation | 1
(i have|i've) been (there|through)           | interpretation | 1
(i|i've) (can)? relate                       | interpretation | 1
(me too|same here|same with me|i am the same|i'm the same|i was the same|i feel the same|i felt the same) | interpretation | 1
i (also|too) (have|had|feel|felt|struggle|struggled|suffer|suffered|went|go|deal|dealt) | interpretation | 1
i used to (feel|be|have|struggle|think|get)  | interpretation | 1
(i|i've) (had|have had|went through|go through|deal with|dealt with) (the same|something similar|similar|a similar|this|that) | interpretation | 1
i know (exactly)? (how|what) (it|that|this|you) (feels|is|are|mean|feel|means|going through) | interpretation | 1
(it|that) (sounds|seems) like (you|you're|you are|your) | interpretation | 1
(it is|it's|that is|that's) (completely|totally|perfectly)? (okay|ok|normal|natural|human) to (feel|be) | interpretation | 1
i (went|have gone|go) through (the same|something similar|this) | interpretation | 1
(i|i've|i have) (felt|had) (the same|similar|this|that) | interpretation | 1
you have every right to (be|feel)            | interpretation | 1
(your|those) feelings are (valid|understandable) | interpretation | 1
(i|we) (know|realize|realise|appreciate) how (frustrating|stressful|hard|difficult|annoying|inconvenient|important|upsetting) | interpretation | 1
(i|we) (appreciate|understand) (your|the) (frustration|concern|patience|situation) | interpretation | 1

# -- explorations
how (are|have) you (feeling|holding up|been|doing|coping) | exploration | 1
(have|did) you (tried|try|thought about|think about|considered|consider|talked to|talk to|spoken to|speak to|seen|see|told|tell) | exploration | 1 | question
(do|would|did) you (want|feel|think|have|know) (to talk|like|that|anyone|someone|why|what|how) | exploration | 1 | question
what (makes|made|do you think) (you|is causing|caused) | exploration | 1 | question
(how long|how often|since when) (have|has|did|do) (you|it|this|that) | exploration | 1 | question
(why|what) do you (feel|think)               | exploration | 1 | question
is there (anyone|someone|anything) (you|that|who) | exploration | 1 | question
are you (able|still|seeing|getting|talking|taking|in|feeling) | exploration | 1 | question
how (does|did|has) (that|this|it) (make you feel|made you feel|affect you|affected you|been for you) | exploration | 1
(what|how) (happened|did it happen)          | exploration | 1
(can|could|would) you tell me (more|what happened|a bit more|how) | exploration | 1
(do|would) you want to talk about            | exploration | 1
(is|was) there anything (else)? (bothering|worrying) you | exploration | 1
what (is|was) (that|it) like                 | exploration | 1
are you (okay|ok|alright|all right)          | exploration | 1

# -- apologies
(i|we) apologize (for|that|about)            | apology | 1 | inflect
(i am|i'm|we are|we're) (so|really|very|truly)? sorry (about|for) (the|this|that|your) (delay|wait|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|experience|hassle) | apology | 1
my (sincere|deepest)? apologies (for|about)  | apology | 1
sorry (for|about) the (delay|wait|trouble|mix-up|confusion|error|mistake) | apology | 1
(sorry|apologies) for (any|the) inconvenience | apology | 0.5 | scripted
(we|i) apologize for any inconvenience       | apology | 0.5 | scripted inflect
sorry about that                             | apology | 0.5 | scripted
(my apologies|i apologize|we apologize)      | apology | 0.5 | scripted inflect
sorry for (waiting|the hold|holding)         | apology | 0.5 | scripted

# -- reassurance
(do not|don't) worry                         | reassurance | 1 | negation=ignore
no need to worry                             | reassurance | 1 | negation=ignore
you are in good hands                        | reassurance | 1
(we|i) will (get|have) (this|it|that|everything) (sorted|fixed|resolved|taken care of) | reassurance | 1
(i am|i'm|we are|we're) (here|going) to help | reassurance | 1
rest assured                                 | reassurance | 1
(let us|let's) (fix|sort|solve|figure out) (this|it|that) (together)? | reassurance | 1
(it|everything|things) will be (okay|ok|fine|alright|all right|better) | reassurance | 1
(we|i) (will|'ll) make (this|it|things) right | reassurance | 1

# -- not empathy: "sorry" as a request to repeat or a preface to disagreement (weight 0: the longer
#    match wins and counts nothing)
(i am|i'm)? sorry (could|can|would|will) you (repeat|say|spell|speak) | not-empathy | 0
(i am|i'm)? sorry (i did not|i didn't|i could not|i couldn't) (catch|hear|get|understand) | not-empathy | 0
(i am|i'm)? sorry (to interrupt|to bother|but|if)                     | not-empathy | 0
