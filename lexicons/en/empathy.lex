# empathy.lex: what an agent says that shows empathy (detector `empathy`).
#
# An empathy opportunity (a customer turn matching `emotion.lex` or `problem.lex`) is *shown* when one
# of these phrases appears in the agent's response window. Categories follow the communication
# mechanisms of empathy in the EPITOME framework (Sharma et al., 2020) and contact-centre coaching
# practice; every category except `not-empathy` shows empathy:
#   emotional-reaction  warmth, compassion, concern ("that sounds really stressful", "I'm so sorry
#                       to hear that"), and good wishes that look ahead ("hang in there", tag
#                       `encouragement`: an emotional reaction in EPITOME's terms)
#   interpretation      understanding and acknowledgement of the feelings or the experience
#                       ("I understand how frustrating", "that makes sense", "anyone would be upset")
#   exploration         asking about the person's feelings or experience ("how are you feeling",
#                       "what happened?")
#   apology             a specific apology ("I'm sorry about the double charge"); tag `scripted`
#                       for formulaic ones ("sorry for any inconvenience"), which earn half credit
#   reassurance         a promise of support ("you're in good hands", "we'll get this sorted")
#   not-empathy         weight 0: a longer phrase that hides a cue ("sorry to interrupt", "I hope
#                       this helps") and, being the longer match, keeps it from counting
# Tags read by the detector:
#   scripted     formulaic: the response earns half credit when it has nothing better
#   question     only counts in a sentence that ends with a question mark
#   bare         a plain "I'm sorry": dropped when a question mark or an `after-sorry` cue follows it
#                ("I'm sorry, could you repeat that?", "I'm sorry, but that is our policy")
#   after-sorry  on not-empathy cues that undo a bare sorry just before them
#   encouragement  informative only
# Any phrase repeated verbatim becomes scripted from its third use (EMPATHY_PARAMS in
# src/detectors/empathy.ts). Negation cancels ("I don't understand" is not empathy); phrases that
# carry their own negator use negation=ignore. `inflect` adds verb forms (apologize, apologized).
# Phrases are normalised like transcripts, so "i am" also matches "I'm" and "do not" "don't".
#
# Contact-centre caution: agents narrate their screen ("I see you ordered", "I see that the parcel",
# "I know how to fix this", "it is difficult to say"); "see", "get", "know" and "it is" only count
# here with a word of feeling or of the person after them.
@lexicon empathy
@default negation=cancel speaker=agent

# -- emotional reactions: warmth, compassion, concern
(that|this|it) (sounds|seems|must be|must have been|must feel) (so|really|very|incredibly|extremely|truly|pretty|quite|super)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing|inconvenient|maddening|infuriating|concerning|distressing|alarming|lonely) | emotional-reaction | 1
(that|this|it) (sounds|seems) like (a nightmare|a lot|a hassle|a pain|a tough time|a rough time|a difficult time|a hard time|a lot to deal with) | emotional-reaction | 1
(that|this) (is|was|has been) (so|really|very|incredibly|extremely|pretty|just|absolutely)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|heartbreaking|devastating|sad|unfair|disappointing|a shame|a pity|not fair|not great|not good|not what you expected|not okay|not ok|not acceptable|not right|not good enough) | emotional-reaction | 1 | negation=ignore
(that|this) (sucks|stinks)                   | emotional-reaction | 1
(sounds|seems|must be|must have been) (so|really|very|incredibly|pretty|quite)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|sad|unfair|disappointing|lonely) | emotional-reaction | 1
(sounds|seems) like a (nightmare|lot|hassle|pain|tough time|rough time|difficult time|hard time) | emotional-reaction | 1
how (sad|heartbreaking|annoying|unfair|scary|horrible|rough|maddening) | emotional-reaction | 1
(so|really)? (glad|happy|relieved) (to hear|you are|you reached|you called|you got) | emotional-reaction | 1
(i|we) (really)? feel (so|really|very)? (bad|terrible|awful|sad|horrible) (for|about|that) | emotional-reaction | 1
i (really)? wish (i could|i had|there was|there were|i was able|we could|we had|things|it|this|that|you) | emotional-reaction | 1
(i am|we are) (so|really)? sorry to see     | emotional-reaction | 1
(it is|that is) (so|really|very|pretty|just)? (sad|awful|terrible|horrible|rough|hard|tough|unfair|heartbreaking|upsetting|scary|shitty|crappy|messed up|a shame) | emotional-reaction | 1
(what|that is|such) a (nightmare|pain|hassle|shame|pity) | emotional-reaction | 1
(oh no|oh dear|oh gosh|oh my|oh man|how awful|how terrible|how frustrating|how stressful|how upsetting) | emotional-reaction | 1
# interjections of sympathy: weak cues, half credit
(wow|damn|geez|jeez|oof|ugh|yikes|ouch|aw|aww|awww) | emotional-reaction | 0.5
# hearts and hugging or sad faces are written warmth and compassion in chat; half weight, since a
# heart can also be a mere sign-off ("your refund is processed ❤")
(❤|♥|💕|💖|💗|💙|💜|💛|💚|🧡|🤍|🤗|🫂)                                  | emotional-reaction | 0.5
(😢|😥|😔|😞|🥺|💔|😭)                                            | emotional-reaction | 0.5
(so|really|very|truly) (happy|glad|proud) for you | emotional-reaction | 1
(i am|we are)? (so|really|very|truly|deeply|terribly|incredibly)? sorry (to hear|you are|you have|that you|that happened|this happened|for your loss|about your loss|for what happened|about what happened|for everything|you had to|you went through|for what you) | emotional-reaction | 1
sorry (you|that you|this is|that this|it is|that it|things are|about what|for what) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly|incredibly) sorry | emotional-reaction | 1 | bare
i am sorry                                   | emotional-reaction | 1 | bare
i (feel|felt) (for|with) you                 | emotional-reaction | 1
i feel (you|your pain|terrible|awful|bad) (about|for|that)? | emotional-reaction | 1
my heart (goes out|breaks|went out)          | emotional-reaction | 1
(breaks|broke) my heart                      | emotional-reaction | 1
(i can|i could) (only)? imagine              | emotional-reaction | 1
i am (so|really|very|truly)? (glad|happy|relieved) (you|to hear) | emotional-reaction | 1
i am (so|really|very)? (proud|happy|glad) (of|for) you | emotional-reaction | 1
(i|we) (care|cared) about you                | emotional-reaction | 1
(i|we) (love|believe) you                    | emotional-reaction | 1
you (matter|are worth it|are loved|are important|are valuable|are enough|are strong|are brave|are not weak|are not broken|are not worthless) | emotional-reaction | 1 | negation=ignore
(i am|we are) (worried|concerned) (about|for) you | emotional-reaction | 1
(it is|that is) not your fault               | emotional-reaction | 1 | negation=ignore
you are not alone                            | emotional-reaction | 1 | negation=ignore
you are (not|never) (a burden|a bother|bothering me|bothering us|wasting my time|stupid|silly) | emotional-reaction | 1 | negation=ignore
(nobody|no one) (should|deserves to) (have to)? (go through|deal with|feel|put up with|wait) | emotional-reaction | 1 | negation=ignore
you (deserve|deserved) (better|more|an answer|a proper|to be|to feel|love|happiness|help|support) | emotional-reaction | 1
(poor|you poor) (thing|you)                  | emotional-reaction | 1
(i am|we are) (always)? here (for you|to listen|to talk|if you want to talk) | emotional-reaction | 1
(my|our) (dms|inbox|door) (is|are) (always)? open | emotional-reaction | 1 | encouragement
(take care of yourself|be kind to yourself|look after yourself|be gentle with yourself) | emotional-reaction | 1 | encouragement
(sending|sent) (you)? (hugs|love|good vibes|strength|positive thoughts|good thoughts|prayers|virtual hugs) | emotional-reaction | 1 | encouragement
(hugs|virtual hug|big hug)                   | emotional-reaction | 1 | encouragement
(congrats|congratulations|good for you|way to go) | emotional-reaction | 1
i (really|truly|sincerely)? hope (you|things|it|everything|she|he|they|your) | emotional-reaction | 1 | encouragement
(hope|hoping) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns|find|can) | emotional-reaction | 1 | encouragement
(hang in there|stay strong|keep fighting|keep your head up|chin up|you got this|you have got this|you can do this|you can do it) | emotional-reaction | 1 | encouragement
(do not|never) give up                       | emotional-reaction | 1 | negation=ignore encouragement
(it|things|life) (will|does|can|do) get better | emotional-reaction | 1 | encouragement
(it|things) gets better                      | emotional-reaction | 1 | encouragement
you are (doing|going to be) (great|so well|really well|fine|okay|ok|alright|all right|the right thing|your best) | emotional-reaction | 1 | encouragement
it is (okay|ok|alright|all right|normal|natural|fine|understandable) to (feel|be|cry) | emotional-reaction | 1 | encouragement
(good luck|best of luck|best wishes|all the best|wish you the best|wish you well|wish you luck|wish you all the best) | emotional-reaction | 0.5 | scripted encouragement
(take care|stay safe)                        | emotional-reaction | 0.5 | scripted encouragement
(feel free to|you can always|you are welcome to) (reach out|contact|get in touch|call|message|write|talk|dm|pm) | emotional-reaction | 0.5 | scripted encouragement

# -- interpretations: understanding and acknowledgement
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand | interpretation | 1
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand|imagine) how (you feel|you felt|you are feeling|you must|you would|you might|you may|anyone|this would|that would|it would|this must|that must|it must|this could|that could|it could|much) | interpretation | 1
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand) why (you|you are|you have|you feel|you felt|you would|you might|you may|you must|anyone|this would|that would|it would|this must|that must|it must|this is|that is|this has|that has) | interpretation | 1
i (understand|know|appreciate|see) how (this|that|it) (is|must be|would be|has been|was|can be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i can|i could) (see|understand|imagine|appreciate) how (this|that|it) (is|must be|would be|has been|was|can be|could be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i|we) (completely|totally|really|fully)? (know|understand|realize|realise|appreciate) how (so|really|very|incredibly)? (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|much this|much it) | interpretation | 1
(i can|i could) (definitely|totally|really|certainly)? (tell|hear) (that)? (you are|you have|this has been|this is really|how much|how upset|how frustrated|how stressed|how worried) | interpretation | 1
i (totally|completely|really|absolutely)? (hear|get) you | interpretation | 1
i (totally|completely|really|absolutely)? get it | interpretation | 1
i hear what you are saying                   | interpretation | 1
(i|we) (completely|totally|fully)? (appreciate|understand|realize|realise) (this|that|it) (is|has been|was|must be) | interpretation | 1
(i|we) (completely|totally|fully)? (appreciate|understand) (your|the) (frustration|concern|concerns|worry|worries|situation|disappointment|urgency|position|feelings) | interpretation | 1
(that|it) (makes|made) (total|complete|perfect)? sense | interpretation | 1
(it|that) (sounds|seems) like (you|you are|your|you have|you had|you were|this has been|it has been|you have been) | interpretation | 1
you (must|might|may) (be|have been|feel|have felt|be feeling) (so|really|very|pretty|quite|a bit|a little)? (frustrated|upset|stressed|worried|tired|exhausted|scared|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|at your wits end) | interpretation | 1
(it is|that is) (completely|totally|perfectly|entirely|very)? (understandable|natural|normal|valid|fair|reasonable) | interpretation | 1
(anyone|anybody|most people|everyone|any of us) would (be|feel|have been|get) | interpretation | 1
(i|we) would (be|feel|have been) (the same|upset|frustrated|angry|annoyed|worried|stressed|concerned|disappointed|confused|furious) | interpretation | 1
i would feel the same                        | interpretation | 1
you have every right to (be|feel)            | interpretation | 1
you are (absolutely|completely|totally|quite)? right to (be|feel) | interpretation | 1
(your|those|these) (feelings|concerns|frustrations) are (completely|totally|perfectly)? (valid|understandable|justified|fair) | interpretation | 1
i have been (there|through that|through this|through it|through the same) | interpretation | 1
i (can)? relate                              | interpretation | 1
(me too|same here|i feel the same|i felt the same) | interpretation | 1
i (also|too) (feel|felt|struggle|struggled|went through|have been through) | interpretation | 1
i used to (feel|struggle)                    | interpretation | 1
(i|i have) (had|went through|gone through|dealt with) (the same|something similar|a similar) | interpretation | 1
i know (exactly)? how (it|that|this|you) (feels|feel|is)  | interpretation | 1
i know (exactly)? what (you mean|it is like|that is like|it feels like|that feels like|you are going through|you are dealing with|you are saying) | interpretation | 1

# -- explorations: asking about feelings and experience
how (are|have) you (feeling|holding up|coping|been coping|managing) | exploration | 1
how (does|did|has) (that|this|it) (make you feel|made you feel|affect you|affected you|been for you|left you) | exploration | 1
how (is|was) (that|this|it) (for you|affecting you) | exploration | 1
(what|how) (happened|did it happen)          | exploration | 1 | question
(can|could|would) you tell me (more|what happened|a bit more|a little more|how it|how that|how this) | exploration | 1
(can|could) you (walk me through|talk me through) what happened | exploration | 1
(do|would) you want to talk (about)?         | exploration | 1 | question
(is|was) there anything (else)? (bothering|worrying|troubling) you | exploration | 1
what (is|was) (that|it) like                 | exploration | 1 | question
(how|why|what) do you feel                   | exploration | 1 | question
what (makes|made) you (feel|think)           | exploration | 1 | question
what (worries|concerns|bothers|upsets) you   | exploration | 1
are you (okay|ok|alright|all right|safe|feeling okay|feeling better) | exploration | 1 | question
(have|did) you (talked|talk|spoken|speak|told|tell|reached out) (to|with)? (anyone|someone|anybody|a friend|your family|a doctor|a professional|a counselor|a therapist|about) | exploration | 1 | question
(do|did) you (feel|felt) (like|that|as if)  | exploration | 1 | question
what (is|was) going on                      | exploration | 1 | question
what (are|were) you (feeling|going through|thinking) | exploration | 1 | question
(how long|how often) (have|has) (you|this|it) been (feeling|dealing|struggling|going on|happening|bothering you) | exploration | 1 | question
(is|was) there (anyone|someone|anybody) (you|who) (can|could) (talk|help|support|turn) | exploration | 1 | question
(can|could|would) you (share|say) (more|a bit more|a little more|what happened|how you feel) | exploration | 1
what do you think (is|was|might be|would) (causing|bothering|behind|help) | exploration | 1 | question

# -- apologies: a specific one names what went wrong
(i|we) (sincerely|truly|really|do)? apologize (for|that|about) | apology | 1 | inflect
(i|we) (sincerely|truly|really|do)? apologise (for|that|about) | apology | 1 | inflect
(i am|we are) (so|really|very|truly|deeply|terribly)? sorry (about|for) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(so|really|very|truly|deeply|terribly)? sorry (about|for) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(my|our)? (sincere|deepest|sincerest)? apologies (for|about) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(i am|we are) (so|really|very|truly)? sorry (that|this|it) (happened|was|has|is|did|went) | apology | 1
(i am|we are) (so|really|very|truly)? sorry (we|i) (did|did not|have|have not|could not|were|were not|made|let|kept|missed|got|forgot) | apology | 1 | negation=ignore
(that|this) (is|was) (our|my) (fault|mistake|error) | apology | 1
(we|i) (made|have made) a mistake            | apology | 1
(we|i) (let you down|dropped the ball)       | apology | 1
# formulaic apologies: half credit
(i am|we are)? (so|really|very|truly|deeply|terribly|sincerely)? (sorry|apologies) for (any|the|all the|all this) inconvenience (caused)? | apology | 0.5 | scripted
(my|our)? (sincere|deepest|sincerest)? apologies for (any|the|all the|all this) inconvenience (caused)? | apology | 0.5 | scripted
(i|we) (do|sincerely)? (apologize|apologise) for (any|the|all the) inconvenience | apology | 0.5 | scripted inflect
(i|we) (apologize|apologise) for any (trouble|confusion|frustration|issues) | apology | 0.5 | scripted inflect
(i am|we are)? (so|really|very|truly)? sorry (about|for) (that|this) | apology | 0.5 | scripted
(i am|we are)? (so|really|very|truly)? sorry for (waiting|the hold|holding|keeping you waiting|the wait|the long wait) | apology | 0.5 | scripted
(i am|we are)? (so|really|very|truly)? sorry for (any|the) (trouble|confusion) (caused)? | apology | 0.5 | scripted
(my|our)? (sincere|deepest|sincerest)? apologies (for|about)? | apology | 0.5 | scripted
(i|we) (do|sincerely|truly|really)? (apologize|apologise) | apology | 0.5 | scripted inflect

# -- reassurance: a promise of support
(do not|don't) worry                         | reassurance | 1 | negation=ignore
you do not (need|have) to worry              | reassurance | 1 | negation=ignore
(there is)? no need to (worry|panic|stress)  | reassurance | 1 | negation=ignore
you are in (good|safe|great) hands           | reassurance | 1
(we|i) will (get|have) (this|it|that|everything|you) (sorted|fixed|resolved|taken care of|sorted out|back on track) | reassurance | 1
(we|i) (will|are going to|am going to) (sort|fix|figure|work) (this|it|that) out | reassurance | 1
(i am|we are) (here|going) to help           | reassurance | 1
(i am|we are) (always)? here (to help|if you need) | reassurance | 1
rest assured                                 | reassurance | 1
let us (fix|sort|solve|figure out|get to the bottom of|sort out) (this|it|that) (together)? | reassurance | 1
(we|i) will (get to the bottom of|make this right|make it right|make things right|put this right|put it right) | reassurance | 1
(it|everything|things) will be (okay|ok|fine|alright|all right|sorted) | reassurance | 1
you will (be|get) (okay|fine|taken care of|sorted) | reassurance | 1
(i|we) (will|are going to|am going to) (stay|be) with you (until|through|every step) | reassurance | 1

# -- not empathy (weight 0: the longer match wins and counts nothing)
(i am)? (so)? sorry (could|can|would|will) you (repeat|say|spell|speak) | not-empathy | 0
(i am)? (so)? sorry (i did not|i could not|i can not) (catch|hear|get|understand) | not-empathy | 0 | negation=ignore
(i am)? (so)? sorry (to interrupt|to bother|to disturb|but|if|what|who|where|which|come again|say again|pardon) | not-empathy | 0
i am sorry to (say|tell you|inform you)      | not-empathy | 0
i (really|truly)? (hope|trust) (that|this|it) (helps|helped|answers|answered|clarifies|finds you) | not-empathy | 0
(i)? (really)? hope you (have|are having|enjoy|had) (a|the rest of your)? (great|good|nice|wonderful|lovely|fantastic|pleasant|day|evening|weekend) | not-empathy | 0
(i)? hope (this|that) finds you               | not-empathy | 0
it is (hard|tough|difficult) to (say|tell|know|predict|find|see|get) | not-empathy | 0
i understand (your|the) (request|question)   | not-empathy | 0
take care of (this|that|it|the|everything|your|all|that for|this for) | not-empathy | 0
are you (okay|ok|alright|all right) (with|if|for|to) | not-empathy | 0
# cues that undo a bare "I'm sorry" right before them: a request to repeat, or "but" before a refusal
(could|can|would|will) you (repeat|say that again|say it again|spell|speak up|please repeat) | not-empathy | 0 | after-sorry
(i did not|i could not|i can not) (catch|hear|quite catch|quite hear|understand) | not-empathy | 0 | after-sorry negation=ignore
(what was that|come again|say again|pardon|you are breaking up|the line is bad|but) | not-empathy | 0 | after-sorry
