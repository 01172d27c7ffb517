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
#                       ("I understand how frustrating", "that must be so frustrating", "that makes
#                       sense", "anyone would be upset"), reflecting ("so what you're saying is"),
#                       and sharing a similar experience ("I've been there", "same here")
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
#   initial      only when it opens its sentence ("Same." but not "Yes, same." or "the same day")
#   clause-initial only when it opens its sentence or follows , ; : ("Yes, me too." but not "send it
#                to me too")
#   clause-final   only when punctuation or the end of the turn follows it ("I do too." but not
#                "I do too many checks", "I get that." but not "I get that item")
# Any phrase repeated verbatim becomes scripted from its third use (EMPATHY_PARAMS in
# src/detectors/empathy.ts). Negation cancels ("I don't understand" is not empathy); phrases that
# carry their own negator use negation=ignore. `inflect` adds verb forms (apologize, apologized).
# Phrases are normalised like transcripts, so "i am" also matches "I'm" and "do not" "don't".
# The tokenizer expands negations typed without the apostrophe ("dont") and, in written channels,
# a few whole-word chat spellings ("u", "tho"); "im", "youre" and "ur" are not expanded, so a phrase
# that should also match them names them ("(i am|im) here for you").
#
# Contact-centre caution: agents narrate their screen ("I see you ordered", "I see that the parcel",
# "I know how to fix this", "it is difficult to say", "it seems like you have two accounts", "I have
# the same address on file"); "see", "get", "know", "seems", "have the same" and "it is" only count
# here with a word of feeling, of the person or of the person's experience after them.
# Reviewed in en-2026.11.9 for the older entries: "I can tell you have a refund pending", "I understand
# you want to cancel", "it sounds like your router needs a reset", "it is valid until May", "I hope you
# received the email", "it will get better after the update", "what happened to the old router?" are
# service talk; "tell", "hear", "understand", "see why", "sounds like", "anyone would be", "every right
# to be" and "it is valid/normal" count only with a feeling or the person's experience after them,
# and hopes, checks and advice about a device, a message, a plan or opening hours are excluded.
@lexicon empathy
@default negation=cancel speaker=agent

# -- emotional reactions: warmth, compassion, concern
(that|this|it) (sounds|seems) (so|really|very|incredibly|extremely|truly|pretty|quite|super)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing|inconvenient|maddening|infuriating|concerning|distressing|alarming|lonely) | emotional-reaction | 1
# "it sounds like a lot of data" is an amount: a bare "a lot" ends its clause, or is a lot to deal with
(that|this|it)? (sounds|seems) like (a nightmare|a hassle|a pain|a tough time|a rough time|a difficult time|a hard time|a lot to deal with|a lot to go through|a lot to handle|a lot on your plate) | emotional-reaction | 1
# a ride or a rollercoaster is also weather, a market or an upgrade path: only closing its clause
(that|this|it)? (sounds|seems) like (a|quite a|a real|such a) (rough ride|bumpy ride|rollercoaster|roller coaster) (of a day|of a week|of a month|of a year)? | emotional-reaction | 1 | clause-final
(that|this|it) (sounds|seems) like a lot      | emotional-reaction | 1 | clause-final
(that|this) (is|was|has been) (so|really|very|incredibly|extremely|pretty|just|absolutely)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|heartbreaking|devastating|sad|unfair|disappointing|a shame|a pity|not fair|not great|not good|not what you expected|not okay|not ok|not acceptable|not right|not good enough) | emotional-reaction | 1 | negation=ignore
(that|this) (sucks|stinks)                   | emotional-reaction | 1
# "this is not acceptable as proof of address", "that is not okay to use as a password": a rule about
# a thing, not a reaction to the person's experience
(that|this|it) (is|was) not (okay|ok|acceptable|right|fair|good enough|valid) (to use|as|use of|under|according to|per|in this case) | not-empathy | 0 | negation=ignore
(sounds|seems) (so|really|very|incredibly|pretty|quite)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|sad|unfair|disappointing|lonely) | emotional-reaction | 1
(sounds|seems) like a (nightmare|hassle|pain|tough time|rough time|difficult time|hard time|lot to deal with|lot to go through|lot to handle) | emotional-reaction | 1
# the same concern for a hard situation or experience of the person's, named, closing its clause
# ("that sounds like a difficult situation.", "it sounds like a really frustrating experience",
# "what an ordeal!", "that's a lot to deal with."); followed by more it is usually about a task, a
# date or someone else ("a difficult situation to reproduce on our side", "a frustrating
# experience for the engineer", "a lot to go through on the phone, so I'll email it"), and a day or
# a week named is usually booking talk ("Friday sounds like a difficult day for a visit")
(sounds|seems) like (a|an|such a|such an|quite a) (really|very|truly|incredibly|pretty|rather|particularly)? (difficult|tough|hard|rough|stressful|frustrating|awful|horrible|terrible|scary|worrying|upsetting|painful|exhausting|overwhelming|distressing|miserable|unpleasant|disappointing) (situation|experience|ordeal) | emotional-reaction | 1 | clause-final
(sounds|seems) like (quite an|such an|an|a real|a bit of an) ordeal | emotional-reaction | 1 | clause-final
what (an|a real) ordeal                       | emotional-reaction | 1 | clause-final
what (a|an) (difficult|tough|hard|rough|stressful|frustrating|awful|horrible|terrible|scary|worrying|upsetting|painful|exhausting|miserable|unpleasant|disappointing) (situation|experience|ordeal) | emotional-reaction | 1 | clause-final
(that is|that has been|that was|you have had|you have been through) (a lot|so much|such a lot|quite a lot) to (deal with|cope with|handle|take in) | emotional-reaction | 1 | clause-final
(sounds|seems) like a lot                     | emotional-reaction | 1 | clause-final
# a task that is hard, or a line that sounds bad, is not the person's experience ("it sounds
# difficult to set up but it takes two minutes", "the line sounds awful, can you hear me?")
(that|this|it)? (sounds|seems) (so|really|very|a bit)? (hard|difficult|tough|tricky|complicated) to (set up|install|use|do|fix|read|find|get|say|tell|know|see|follow|change|arrange|reach|check|confirm|process|reset|configure) | not-empathy | 0
(that|this|it)? (sounds|seems|looks) like a (pain|hassle|nightmare) to (set up|install|use|configure|fill in|fill out) | not-empathy | 0
(the|your|my) (line|call|connection|audio|signal|sound|mic|microphone|phone|headset|wifi|broadband|network|router|engine|fan|printer|machine|device|battery) (sounds|seems|looks) | not-empathy | 0
how (sad|heartbreaking|annoying|unfair|scary|horrible|rough|maddening) | emotional-reaction | 1
(so|really)? (glad|happy|relieved) (to hear|you are|you reached|you called|you got) | emotional-reaction | 1
(i|we) (really)? feel (so|really|very)? (bad|terrible|awful|sad|horrible) (for|about|that) | emotional-reaction | 1
i (really|truly|just)? wish (you|things|it|this|that|we could|we had) | emotional-reaction | 1
# a wish about what the person should have done is a reproach ("I wish you had called earlier")
i (really|truly|just)? wish (that)? you had (called|told|contacted|let|asked|checked|read|phoned|rung|mentioned|emailed|said|spoken|waited|kept|returned|sent|booked|ordered|chosen|used|saved|updated|reported|come|gone) | not-empathy | 0
i (really|truly|just)? wish (i could|i was able to|i were able to) (help|do|say|give|offer|make|take|be there|fix|change|hug|tell|send|find a way) | emotional-reaction | 1
i (really|truly|just)? wish (i had|there was|there were|there is) (better|a better|an easier|good news|an answer|the answer|the words|something i|something we|anything i|anything we|a way to help|more to offer|more i could|more we could) | emotional-reaction | 1
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
# condolence, the bereavement call's sympathy ("My condolences.", "Please accept our deepest sympathy")
(my|our) (sincere|sincerest|deepest|heartfelt|deep)? (condolences|sympathies|sympathy) | emotional-reaction | 1 | clause-final
(my|our) (sincere|sincerest|deepest|heartfelt|deep)? (condolences|sympathies|sympathy) (to you|to your family|for your loss|on your loss|go out to you|are with you) | emotional-reaction | 1
(please)? accept (my|our) (sincere|sincerest|deepest|heartfelt)? (condolences|sympathies|sympathy) | emotional-reaction | 1
(i am|we are)? (so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely)? sorry (to hear|you are|you have|that you|that happened|this happened|for your loss|about your loss|for what happened|about what happened|for everything|you had to|you went through|for what you) | emotional-reaction | 1
sorry (you|youre|ur|that you|this is|that this|it is|that it|things are|about what|for what) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely) sorry | emotional-reaction | 1 | bare
(i am|we are|im) (so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely)? sorry that (was|was not|did not|has not|had not) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely) sorry that (was|was not|did not|has not|had not) | emotional-reaction | 1
(he is|she is|they are|he was|she was|they were|you will be|you would be|if you are|are you) (so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely) sorry | not-empathy | 0 | negation=ignore
i am sorry                                   | emotional-reaction | 1 | bare
# chat spelling without the apostrophe ("im sorry")
im (so|really|very|truly|deeply|terribly)? sorry | emotional-reaction | 1 | bare
i (feel|felt) (for|with) you                 | emotional-reaction | 1
i feel (you|ya|your pain|terrible|awful|bad) (about|for|that)? | emotional-reaction | 1
# "I feel you should call the bank first" is advice, an opinion on what the person should do
i feel (you|ya) (should|would|could|might|need|must|can|may|will) | exclusion | 0
my heart (goes out|breaks|went out)          | emotional-reaction | 1
(breaks|broke) my heart                      | emotional-reaction | 1
# "I can imagine the parcel is at the depot" is a guess: imagining ends its clause or is about the
# person, how or what it is like, or the situation ("I can imagine that must be hard")
(i can|i could) (only)? imagine              | emotional-reaction | 1 | clause-final
(i can|i could) (only)? imagine (how|what|your|the pain|the stress|the frustration|the worry|the anxiety|the fear|the grief|the hurt|the struggle|the heartbreak|the disappointment|you are|you were|you have been|you must|you would|you feel|you felt|having|being|going through|dealing with|feeling|that is|that was|that has|that must|that would|that can|it must|it would|it has been|this must|this would|this has been) | emotional-reaction | 1
i am (so|really|very|truly)? (glad|happy|relieved) (you|to hear) | emotional-reaction | 1
i am (so|really|very)? (proud|happy|glad) (of|for) you | emotional-reaction | 1
(i|we) (do|really|truly|genuinely|still)? (care|cared) (about|for) you | emotional-reaction | 1
(i|we) (love|believe) you                    | emotional-reaction | 1
you (matter|are worth it|are loved|are important|are valuable|are enough|are strong|are brave|are not weak|are not broken|are not worthless) | emotional-reaction | 1 | negation=ignore
# the company's valuing of a customer ("you are important to us as a customer") is a retention line
you (matter|are important|are valuable) to (us|our business|the business|the company|our company) | not-empathy | 0
(i am|we are) (worried|concerned) (about|for) you | emotional-reaction | 1
(it is|that is) not your fault               | emotional-reaction | 1 | negation=ignore
you are not alone                            | emotional-reaction | 1 | negation=ignore
# a record or a queue: "you're not alone on the account, your partner is listed", "not alone in the queue"
you are not alone (on|in|with) (the|your|this|that) (account|queue|line|policy|plan|booking|contract|list|system|call|order|subscription|household) | not-empathy | 0 | negation=ignore
you are (not|never) (a burden|a bother|bothering me|bothering us|wasting my time|stupid|silly) | emotional-reaction | 1 | negation=ignore
(nobody|no one) (should|deserves to) (have to)? (go through|deal with|feel|put up with|wait) | emotional-reaction | 1 | negation=ignore
# concern that the problem came on top of everything else ("that's the last thing you need right now")
(that is|this is|it is) (just)? the last thing you (need|needed|want|wanted) | emotional-reaction | 1 | negation=ignore clause-final
(that is|this is|it is) (just)? the last thing you (need|needed|want|wanted) (right now|at the moment|today|on top of everything|on top of all that|on top of all this) | emotional-reaction | 1 | negation=ignore clause-final
you (deserve|deserved) (better|more|an answer|a proper|to be|to feel|love|happiness|help|support) | emotional-reaction | 1
(poor|you poor) (thing|you)                  | emotional-reaction | 1
(i am|im|we are) (always|all|still|just)? here (for you|for ya|to listen|to talk|if you want to talk|for each other|for one another|whenever you need) | emotional-reaction | 1
(my|our) (dms|inbox|door) (is|are) (always)? open | emotional-reaction | 1 | encouragement
# opening hours ("our door is open until 5pm", "I'm here Monday to Friday") are not being there for the person
(my|our) (dms|inbox|door|doors|office|store|shop|branch|line|lines) (is|are) (always)? open (until|till|from|between|on|at|today|tomorrow|daily|weekdays|monday|tuesday|wednesday|thursday|friday|saturday|sunday|24) | not-empathy | 0
(i am|we are|im) (always|all|still|just)? (here|open|available|around|in) (for you|to help)? (until|till|from|between|monday|tuesday|wednesday|thursday|friday|saturday|sunday|24|seven days|every day|daily|on weekdays) | not-empathy | 0
(take care of yourself|be kind to yourself|look after yourself|be gentle with yourself) | emotional-reaction | 1 | encouragement
(sending|sent) (you)? (hugs|love|good vibes|strength|positive thoughts|good thoughts|prayers|virtual hugs) | emotional-reaction | 1 | encouragement
(hugs|virtual hug|big hug)                   | emotional-reaction | 1 | encouragement
(congrats|congratulations|good for you|way to go) | emotional-reaction | 1
i (really|truly|sincerely)? hope (you|things|it|everything|she|he|they|your|that you|that things|that everything|that your) | emotional-reaction | 1 | encouragement
# not "hope you have your account number handy"; "hope you're doing well today" is a greeting (excluded below)
# a hope that is a check on a step, a device or a message ("I hope you received the email", "I hope
# your router is plugged in", "hope you can see the link", "I hope everything is clear") is procedure
(i)? (really|just)? hope (that)? you (received|got|have received|have got|saw|have seen|can see|can hear|can read|can access|can open|can find|can log|kept|saved|remembered|still have|brought|have access|have your|have the) | not-empathy | 0
(i)? (really|just)? hope (that)? (your|the) (router|modem|device|phone|cable|box|app|laptop|computer|tv|card|password|email|code|link|screen|browser|payment) (is|are|was|has|have|will|works|worked|went) | not-empathy | 0
(i)? (really|just)? hope (that)? (everything|it|this|that|things|all) (is|are|was) (clear|clearer|in order|correct|understood|explained) | not-empathy | 0
(hope|hoping) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns|find|can|are|start|stay|heal|recover|manage|figure) | emotional-reaction | 1 | encouragement
(hang in there|stay strong|keep fighting|keep your head up|chin up|you got this|you have got this|you can do this|you can do it) | emotional-reaction | 1 | encouragement
(do not|never) give up                       | emotional-reaction | 1 | negation=ignore encouragement
(it|things|life) (will|does|can|do) get better | emotional-reaction | 1 | encouragement
(it|things) gets better                      | emotional-reaction | 1 | encouragement
# "it will get better after the update", "it gets better with the fibre package", "things will get
# better once the new mast is built" are about a service, not the person's life
(it|things|life) (will|does|can|do)? (get|gets) better (after|with|once|when|if) (the|an|a|our) | not-empathy | 0
you are (doing|going to be) (great|so well|really well|fine|okay|ok|alright|all right|the right thing|your best) | emotional-reaction | 1 | encouragement
# "it is normal to be charged on the first" and "it is fine to be on the old plan" are policy: being
# needs a feeling after it
it is (okay|ok|alright|all right|normal|natural|fine|understandable) to (feel|cry) | emotional-reaction | 1 | encouragement
it is (okay|ok|alright|all right|normal|natural|fine|understandable) to be (so|a bit|a little)? (lonely|afraid|not okay|not ok|emotional|down|vulnerable|human|mad|depressed|frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken) | emotional-reaction | 1 | encouragement
(good luck|best of luck|best wishes|all the best|wish you the best|wish you well|wish you luck|wish you all the best) | emotional-reaction | 0.5 | scripted encouragement
(take care|stay safe)                        | emotional-reaction | 0.5 | scripted encouragement
# an instruction ("take care when you unplug the cable", "take care with the glass")
(take care|stay safe) (when|while|to|not to|with|that|if|unplugging|removing|opening|handling|lifting|entering|typing) | not-empathy | 0
(feel free to|you can always|you are welcome to) (reach out|contact|get in touch|call|message|write|talk|dm|pm) | emotional-reaction | 0.5 | scripted encouragement

# -- emotional reactions, more families (en-2026.11.8): general forms of warmth, concern and good
# wishes from the empathy literature, written to hold in a service chat as in peer support
# an offer to listen: being there for the person; "talk to the billing team" is a referral (exclusion)
(if|whenever) you (ever)? (need|want|would like|feel like) (someone|somebody|anyone|a friend|an ear|a shoulder) to (talk to|listen|vent to|chat with|chat to|talk with|lean on) | emotional-reaction | 1 | encouragement
# a bare talk, vent or chat ends its clause or is about the person ("if you need to talk to billing,
# press 2" and "if you need to talk to your bank first" are referrals)
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|vent|chat) | emotional-reaction | 1 | encouragement clause-final
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|vent|chat) about (it|this|that|how you feel|how you are feeling|what happened|anything) | emotional-reaction | 1 | encouragement
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|speak|chat) (to|with) (us|a|an|the|our|my|your|another|billing|sales|support|accounts|a manager|someone in|someone from|someone at|someone on|someone else|somebody in|somebody from) | not-empathy | 0
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|speak|chat) about (a|an|the|our|your|upgrading|changing|cancelling|canceling|switching|renewing|options|pricing) | not-empathy | 0
# "happy to listen to the call recording" and "here to chat anytime" are service: listening ends its
# clause or is to the person, chatting is offered if the person wants to talk, or about how they feel
(happy|glad|willing|here) to listen          | emotional-reaction | 1 | encouragement clause-final
(happy|glad|willing|here) to listen to you   | emotional-reaction | 1 | encouragement
(happy|glad|willing|here) to (lend an ear|hear you out) | emotional-reaction | 1 | encouragement
(willing|happy|glad|here) to (chat|talk) (if you want|if you need|if you want to|if you need to|if you would like to) (talk|chat|vent)? | emotional-reaction | 1 | encouragement clause-final
(willing|happy|glad|here) to (chat|talk) about (it|how you feel|how you are feeling|what happened) | emotional-reaction | 1 | encouragement
(i will|i would|i can|we will|we can) (hear you out|lend an ear|lend a ear|lend you an ear) | emotional-reaction | 1 | encouragement
(i am|we are) (all)? ears                     | emotional-reaction | 1 | encouragement
# sympathy for the feeling itself ("that is the worst", "one of the worst feelings")
(that|this|it) (is|sounds|sounds like|must be|must feel like|really is|is just|is honestly|is literally) (the|one of the) (worst|shittiest|crappiest) (feeling|feelings|thing|things)? | emotional-reaction | 1
(the|one of the|such a|such an|what a|what an) (worst|awful|horrible|terrible|shittiest|crappiest|saddest|hardest|lonely|lonesome) (feeling|feelings) | emotional-reaction | 1
# feeling sorry for the person ("I don't feel sorry for you" is negated and does not count)
(i|we)? (feel|felt) (so|really|very|truly|kinda|kind of|a bit|a little)? (sorry|bad) for you | emotional-reaction | 1
# an apology for a situation stated in the negative: the negator belongs to the situation ("I'm sorry
# you're not feeling well", "sorry it didn't work out"), not to the apology
(i am|we are)? (so|really|very|truly|deeply|terribly)? sorry (that)? (you are|you were|you have|you had|you did|you do|you could|you can|it is|it was|it did|it does|it has|it could|this is|this was|that is|things are|things did|things have|things were|they are|they did) (not|never) | emotional-reaction | 1
# good wishes for the person's recovery and for things going well
(feel|get) (better|well) soon                 | emotional-reaction | 1 | encouragement
(hope|hoping|hopefully) (it|things|everything|all|this|that) (goes|go|went|turns out|turn out|works out|work out) (well|okay|ok|fine|alright|all right|for the best|better) | emotional-reaction | 1 | encouragement
hopefully (one day|someday|some day)        | emotional-reaction | 1 | encouragement
# getting better ends its clause or is soon: not "hopefully you'll get better signal"
hopefully (you|things|everything|life) (will)? (feel|look|looks|turn|turns|start feeling) (better|up|around|well) | emotional-reaction | 1 | encouragement
hopefully (you|things|everything|life) (will)? (get|gets) (better|well) | emotional-reaction | 1 | encouragement clause-final
hopefully (you|things|everything|life) (will)? (get|gets) (better|well) soon | emotional-reaction | 1 | encouragement
there is (always|still)? hope                 | emotional-reaction | 1 | encouragement
# belief in and pride for the person
(i|we) (really|truly|still|do)? believe in you | emotional-reaction | 1 | encouragement
(so|really|very|truly|super)? proud of (you|yourself|what you|how far you) | emotional-reaction | 1 | encouragement
(be|feel) (so|really|very)? proud of (that|this|it|your|what|how) | emotional-reaction | 1 | encouragement
# self-compassion: do not blame yourself
(do not|dont) be (so|too|to)? (hard|harsh|tough) on yourself | emotional-reaction | 1 | negation=ignore encouragement
(do not|dont) beat yourself up              | emotional-reaction | 1 | negation=ignore encouragement
(go easy on yourself|give yourself a break|give yourself some credit|give yourself credit) | emotional-reaction | 1 | encouragement
# getting through it, and not alone in it
you (will|can|are going to) (get|make it|pull) through (this|it|that) | emotional-reaction | 1 | encouragement
(we are|you are)? (all)? in this together    | emotional-reaction | 1 | encouragement
# "you will get better coverage with 5G": getting better ends its clause or is soon; "you will be
# fine/okay" is reassurance (below), as before en-2026.11.8
you (will|are going to) (make it through|feel better|pull through|figure it out) | emotional-reaction | 1 | encouragement
you (will|are going to) get better           | emotional-reaction | 1 | encouragement clause-final
you (will|are going to) get better soon      | emotional-reaction | 1 | encouragement
# not "one step at a time: first, unplug the router"
one day at a time                            | emotional-reaction | 1 | encouragement
(i am|im|we are) with you (all the way|every step|on this|in this) | emotional-reaction | 1 | encouragement
# gladness and praise for the person's news or progress
# "glad it worked!" is a service pleasantry: gladness is for the person or for how things are
(so|really|very)? (glad|relieved) (that)? (you|it is|things|everything) | emotional-reaction | 1
(so|really|very)? happy (that)? you         | emotional-reaction | 1
(that is|thats|what|such) (great|wonderful|awesome|amazing|fantastic|excellent|brilliant|good) news | emotional-reaction | 1
(great|good|wonderful|awesome|nice|lovely) to hear | emotional-reaction | 1
# a greeting, not gladness at news: "good to hear from you again", "lovely to hear your voice"
(great|good|wonderful|awesome|nice|lovely) to hear (from|your voice) | not-empathy | 0
# praise for a task done ("well done, you've entered the code") is not an emotional reaction
(keep it up|keep up the good work)           | emotional-reaction | 1 | encouragement clause-final
# warmth toward the person
you are (so|such|really|very|truly)? (amazing|awesome|wonderful|beautiful|worthy|special|precious|lovely|strong|brave|stronger than you think|a good person|a great person|a kind person|a beautiful person|a lovely person|a wonderful person) | emotional-reaction | 1
(you are|you will be) in (my|our) (thoughts|prayers) | emotional-reaction | 1
(thinking of|praying for|prayers for) you    | emotional-reaction | 1

# -- emotional reactions and validation after a review of 40 invented calls with upset customers and
# empathetic agents (en-2026.12.49): the plight named ("That's a terrible spot to be in", "such a
# hard position to be in as a parent", "an awful thing to happen"), courage acknowledged
(that is|this is|it is|what) (a|such a|an|such an) (really|very|so|truly)? (terrible|awful|tough|hard|difficult|horrible|stressful|rotten|horrid|scary|frightening|worrying|upsetting|miserable|impossible) (spot|position|situation|place) to be in | emotional-reaction | 1
(that was|that must be|that has been|it must be) (a|such a|an|such an) (really|very|so|truly)? (terrible|awful|tough|hard|difficult|horrible|stressful|rotten|horrid|scary|frightening|worrying|upsetting|miserable|impossible) (spot|position|situation|place) to be in | emotional-reaction | 1
(that is|this is|what) (a|such a|an|such an) (really|very|so)? (awful|terrible|horrible|rotten|horrid|upsetting|stressful|scary|frightening|hard|tough|difficult) thing to (happen|have happened|go through|deal with|have to deal with|face|hear) | emotional-reaction | 1
(that was|that must be|that must have been) (a|such a|an|such an) (really|very|so)? (awful|terrible|horrible|rotten|horrid|upsetting|stressful|scary|frightening|hard|tough|difficult) thing to (happen|have happened|go through|deal with|have to deal with|face|hear) | emotional-reaction | 1
(takes|took|must have taken|must take) (real|a lot of|so much|great)? courage | emotional-reaction | 1 | encouragement clause-final
(takes|took|must have taken|must take) (real|a lot of|so much|great)? courage to (ask|call|tell|say|share|talk|reach out|admit|speak up|come forward|get in touch|pick up the phone|make this call|make that call|raise this|raise it|ask for help|call us|tell us|tell me) | emotional-reaction | 1 | encouragement
# the worry or grievance validated ("You're right to worry", "That shouldn't have happened", "you
# shouldn't have been left without an answer"); "you're entitled to a refund" is a right, not a feeling
(you are|you were) (completely|totally|quite|absolutely)? (right|entitled|justified) to (worry|be worried|be upset|be annoyed|be angry|be frustrated|be concerned|be cross|be disappointed|be fed up) | interpretation | 1
(you are|you were) (completely|totally|quite|absolutely)? (right|entitled|justified) to feel (that way|this way|like that|like this|upset|let down|angry|annoyed|frustrated|disappointed|worried|anxious|cheated|fobbed off|ignored|hurt|aggrieved|unhappy|fed up) | interpretation | 1
(you are|you were) (absolutely|completely|totally|quite)? (right|entitled|justified) to feel (for|the|a|an|it|along|around|behind|under|inside|safe|however|whatever) | not-empathy | 0
(you are|you were) (absolutely|completely|totally|quite)? (right|entitled|justified) to feel the way (you do|you did|you are) | interpretation | 1
(that|this|it) (should not|should never) have happened (to you|in the first place)? | interpretation | 1 | negation=ignore initial clause-final
you (should not|should never) have been left (waiting|without|in the dark|on hold|out of pocket|hanging|like that) | interpretation | 1 | negation=ignore
you (should not|should never) have had to (chase|ring|call|keep calling|call back|explain|repeat yourself|fight|push|go through|deal with|complain|beg|wait so long|wait this long|wait that long|come back) | interpretation | 1 | negation=ignore
you (should not|should never) have been treated (like that|that way|this way|like this|so badly|badly) | interpretation | 1 | negation=ignore
you (should not|should never) have been spoken to (like that|that way|like this) | interpretation | 1 | negation=ignore
you (should not|should never) have been told (that|different things|conflicting|the wrong) | interpretation | 1 | negation=ignore
you (should not|should never) have been put through (that|this|all that|all this|so much) | interpretation | 1 | negation=ignore
you (should not|should never) have been kept (waiting|on hold|in the dark) | interpretation | 1 | negation=ignore
you (should not|should never) have been passed (around|from|between|back and forth) | interpretation | 1 | negation=ignore
# self-blame absolved ("You're not a terrible mom at all", "You're not pathetic at all, Owen")
you are not (a|an)? (terrible|bad|awful|horrible|useless) (mum|mom|parent|person|dad|father|mother|daughter|son|friend) | reassurance | 1 | negation=ignore
you are not (a|an)? (terrible|bad|awful|horrible|useless) (mum|mom|parent|person|dad|father|mother|daughter|son|friend) (to|on|under|in|or) | not-empathy | 0 | negation=ignore
you are not being (stupid|silly|pathetic|an idiot|a nuisance|a bother|a burden|a pain|overreacting|difficult|unreasonable|dramatic) (at all|for asking|for calling|for checking|for worrying|to ask|to worry|in the slightest|one bit)? | reassurance | 1 | negation=ignore clause-initial clause-final
you are not (pathetic|an idiot|a nuisance|a pain|overreacting|difficult|unreasonable|dramatic) (at all|for asking|for calling|for checking|for worrying|to ask|to worry|in the slightest|one bit)? | reassurance | 1 | negation=ignore clause-initial clause-final

# -- interpretations: understanding and acknowledgement
# an inference about what the person feels ("that must be so frustrating") communicates an
# understanding of the feeling: an interpretation in EPITOME ("This must be really hard"), where
# "that sounds so frustrating" stays an emotional reaction
(that|this|it) (must be|must have been|must feel) (so|really|very|incredibly|extremely|truly|pretty|quite|super)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing|inconvenient|maddening|infuriating|concerning|distressing|alarming|lonely) | interpretation | 1
(must be|must have been) (so|really|very|incredibly|pretty|quite)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|sad|unfair|disappointing|lonely) | interpretation | 1
# ... said of the time the person is going through ("That must be a very difficult time for you")
(must be|must have been) (a|such a) (so|really|very|incredibly|particularly|truly)? (hard|difficult|tough|rough|painful|upsetting|stressful|worrying|sad|distressing|lonely|awful|horrible) (time|day|week|few days|few weeks|period|morning|night|year) | interpretation | 1
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand | interpretation | 1
# "I understand you want to cancel", "I understand the refund was issued" and "I understand this is the
# second order" mean "I am told": a fact about the request, the order or the account after it
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand (that)? (you want|you would like|you wish|you need|you ordered|you have ordered|you are calling|you called|you are looking|you are moving|you bought|you paid|you placed|you received|you returned|you sent|you booked|you live|you are on|you have a|you have an|you have two|you have the|the|your|there is|there was|there are|there were) | not-empathy | 0
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand (this is|it is|this was|it was) (the|your|a|an|our|my|for|from|on|in|at|with|now|already|still|being) | not-empathy | 0
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand that (this is|it is|this was|it was) (the|your|our|my|for|from|on|in|at|with|now|already|still|being) | not-empathy | 0
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand|imagine) how (you feel|you felt|you are feeling|you must|you would|you might|you may|anyone|this would|that would|it would|this must|that must|it must|this could|that could|it could) | interpretation | 1
# "I can see why you were charged, it is the annual fee" explains a cause: why the person feels so,
# or why it is hard for them, or a clause of its own ("I can see why.")
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand) why (you feel|you felt|you would|you might|you may|you must|anyone|this would|that would|it would|this must|that must|it must) | interpretation | 1
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|understand) why | interpretation | 1 | clause-final
(i can|i) (see|understand|get) why (you are|you were|you have been|you got|you would be|you feel) (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken) | interpretation | 1
(i can|i) (see|understand|get) why (you are|you were|you have been|you got|you would be|you feel) * (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken) | interpretation | 1
(i can|i) (see|understand|get) why (this is|that is|this has been|that has been|this was|that was|it is|it has been|it was) (frustrating|upsetting|stressful|annoying|hard|difficult|tough|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain|a lot|a worry|a shock|a nightmare|not ideal|not what you expected|not what you wanted) | interpretation | 1
(i can|i) (see|understand|get) why (this is|that is|this has been|that has been|this was|that was|it is|it has been|it was) * (frustrating|upsetting|stressful|annoying|hard|difficult|tough|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain|a lot|a worry|a shock|a nightmare|not ideal|not what you expected|not what you wanted) | interpretation | 1
i (understand|know|appreciate|see) how (this|that|it) (is|must be|would be|has been|was|can be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i can|i could) (see|understand|imagine|appreciate) how (this|that|it) (is|must be|would be|has been|was|can be|could be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i|we) (completely|totally|really|fully)? (know|understand|realize|realise|appreciate) how (so|really|very|incredibly)? (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|much this|much it) | interpretation | 1
# "I can tell you have a refund pending" and "I can hear you have a bad line" narrate: telling or
# hearing needs a feeling or the person's experience after it ("how much" is below)
(i can|i could) (definitely|totally|really|certainly)? (tell|hear) (that)? (this has been|this is really|how upset|how frustrated|how stressed|how worried|how hard|how difficult|how frustrating|how stressful|how upsetting|how worrying) | interpretation | 1
(i can|i could) (tell|hear) (that)? (you are|you have been|you were) (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken|going through|through a lot|struggling|having a hard time|having a rough time|having a tough time|at your wits end) | interpretation | 1
(i can|i could) (tell|hear) (that)? (you are|you have been|you were) * (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken|going through|through a lot|struggling|having a hard time|having a rough time|having a tough time|at your wits end) | interpretation | 1
# "I hear you are moving house" and "once I get you verified": hearing or getting the person ends its clause
i (totally|completely|really|absolutely)? (hear|get) you | interpretation | 1 | clause-final
i (totally|completely|really|absolutely)? hear you (and|loud and clear) | interpretation | 1
i (totally|completely|really|absolutely)? get it | interpretation | 1
i hear what you are saying                   | interpretation | 1
# "I understand this is the second order" is a fact: what it is needs a word of feeling or experience
(i|we) (appreciate|understand|realize|realise) (this|that|it) (is|has been|was|must be) (frustrating|upsetting|stressful|annoying|hard|difficult|tough|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain|a lot|a worry|a shock|a nightmare|not ideal|not what you expected|not what you wanted) | interpretation | 1
(i|we) (appreciate|understand|realize|realise) (this|that|it) (is|has been|was|must be) * (frustrating|upsetting|stressful|annoying|hard|difficult|tough|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|hassle|pain|lot|worry|shock|nightmare|ideal) | interpretation | 1
(i|we) (completely|totally|fully|really) (appreciate|understand) (this|that|it) (is|has been|was|must be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|a lot) | interpretation | 1
# "I understand the situation with the delivery" is a case: the person's situation, or a feeling
(i|we) (completely|totally|fully)? (appreciate|understand) (your|the) (frustration|concern|concerns|worry|worries|disappointment|feelings) | interpretation | 1
(i|we) (completely|totally|fully)? (appreciate|understand) your (situation|urgency|position) | interpretation | 1
(that|it) (makes|made) (total|complete|perfect)? sense | interpretation | 1
# "it seems like you have two accounts" narrates the screen: "seems" counts only with a word of feeling
# or of experience after it (below)
# "it sounds like your router needs a reset" and "it sounds like you have two accounts" diagnose:
# "sounds like" counts only with a feeling or the person's experience after it (more below)
(it|that) sounds like (you are|you have been|you were) (so|really|very|quite|pretty|a bit|a little|feeling|getting)? (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken|having a hard time|having a rough time|having a tough time|having a difficult time|at your wits end|at the end of your tether|under a lot of|under so much|in a difficult|in a tough|in a really) | interpretation | 1
(it|that) sounds like (you have had|you had|this has been|it has been|this was|it was|that has been|that was|you have been having|you are having) (a|such a|quite a|a really|a very|a pretty)? (rough|hard|tough|difficult|stressful|frustrating|horrible|awful|terrible|long|bad|miserable|nightmare|lot|worrying|scary|upsetting) | interpretation | 1
you (must|might|may) (be|have been|feel|have felt|be feeling) (so|really|very|pretty|quite|a bit|a little)? (frustrated|upset|stressed|worried|tired|exhausted|scared|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|at your wits end) | interpretation | 1
# "it is valid until May", "it is normal for the status to show pending", "that is reasonable, I can
# book Tuesday": validation is "that is" at the end of its clause, understandable also of a feeling;
# normal and natural only of a feeling ("it is normal to feel", above)
(it is|that is) (completely|totally|perfectly|entirely|very)? understandable | interpretation | 1 | clause-final
(it is|that is) (completely|totally|perfectly|entirely|very)? understandable (that you|you|why you|given|considering|after|to feel|to be) | interpretation | 1
that is (completely|totally|perfectly|entirely|very)? (valid|fair|reasonable) | interpretation | 1 | clause-final
# the validation said on its own, as a sentence ("Completely understandable.", "Understandable, of
# course."), not a word of another clause ("an understandable error message")
(completely|totally|perfectly|entirely|very)? understandable | interpretation | 1 | clause-initial clause-final
which is (completely|totally|perfectly|entirely|very)? understandable | interpretation | 1 | clause-final
(just)? to reassure you                       | reassurance | 1 | clause-initial
put your mind at (rest|ease)                  | reassurance | 1
# what a call cost the customer to make ("That can't have been an easy call to make", "it can't
# have been easy"): the experience understood
(that|this|it) (can not|could not|must not) have been (an|a)? (easy|nice|pleasant|fun) (call|time|day|week|weekend|morning|night|experience|read|message|letter|email|news|wait|journey|flight|trip|start|thing to|one for you|for you|to hear|to deal with|to find|to see|to read|coming|finding|getting|hearing|waiting|seeing|dealing|being|going) | interpretation | 1 | negation=ignore
(that|this|it) (can not|could not|must not) have been (easy|nice|pleasant|fun) | interpretation | 1 | negation=ignore clause-final
# not "anyone would get the refund automatically": being or getting needs a feeling after it
(anyone|anybody|most people|everyone|any of us) would (feel|have felt) | interpretation | 1
(anyone|anybody|most people|everyone|any of us) would (be|have been|get) (so|really|very|pretty|quite)? (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken|the same|that way|upset by|annoyed by) | interpretation | 1
# "I would be the same person handling it": the same ends its clause or is the same way
(i|we) would (be|feel|have been) (upset|frustrated|angry|annoyed|worried|stressed|concerned|disappointed|confused|furious|the same way|exactly the same way|the same in your|exactly the same in your) | interpretation | 1
(i|we) would (be|feel|have been) (exactly)? the same | interpretation | 1 | clause-final
# "you have every right to be refunded" is a legal right: being needs a feeling after it
you have every right to feel                 | interpretation | 1
you have every right to be (so)? (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken|upset about|angry about) | interpretation | 1
you are (absolutely|completely|totally|quite)? right to feel | interpretation | 1
you are (absolutely|completely|totally|quite)? right to be (so)? (frustrated|upset|stressed|worried|annoyed|angry|disappointed|concerned|confused|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|frightened|nervous|furious|let down|shaken|distressed|devastated|heartbroken) | interpretation | 1
(your|those|these) (feelings|concerns|frustrations) are (completely|totally|perfectly)? (valid|understandable|justified|fair) | interpretation | 1
i have been (there|through that|through this|through it|through the same) | interpretation | 1
# "I can relate the two orders" links records: a bare "relate" counts only at the end of a clause
i (can)? relate                              | interpretation | 1 | clause-final
(me too|same here|i feel the same|i felt the same) | interpretation | 1
i used to (feel|struggle)                    | interpretation | 1
# "I had the same address" is a record, not an experience: "had the same" needs an experience noun (below)
(i|i have) (went through|gone through|been through|dealt with|had) (something similar|the same thing|a similar experience|the same experience) | interpretation | 1
i know (exactly)? how (it|that|this|you) (feels|feel|is)  | interpretation | 1
i know (exactly)? what (you mean|it is like|that is like|it feels like|that feels like|you are going through|you are dealing with|you are saying) | interpretation | 1

# -- interpretations, more families (en-2026.11.8): general forms of understanding from the empathy
# literature, written to hold in a service chat as in peer support. A service agent narrates the
# screen ("I see you ordered", "it seems the payment failed", "I can tell you the total", "I have the
# same address on file"): these forms need a word of feeling, of the person's experience or of
# sameness after them, never a bare "see", "seems", "tell" or "have the same".
# acknowledging the feeling: "you sound so frustrated", "you seem really worried"
(you sound|you seem|you are clearly|you are obviously|you are understandably|you were understandably|you have clearly been) (so|really|very|pretty|quite|a bit|a little|rather|incredibly|understandably|really quite)? (frustrated|upset|stressed|stressed out|worried|tired|exhausted|scared|afraid|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|down|hopeless|lost|drained|discouraged|heartbroken|shaken|on edge) | interpretation | 1
(you sound|you seem) like you (are|have been|were) (going through|dealing with|struggling|hurting|having a hard time|having a rough time|having a tough time|having a difficult time|in pain|under a lot of stress|under so much stress|under a lot of pressure|under so much pressure) | interpretation | 1
(it|that) (seems|sounds) (like)? (you are|you have been|you were) (feeling|going through|struggling|dealing with|hurting|having a hard time|having a rough time|having a tough time|having a difficult time|in pain|under a lot of stress|under so much stress|under a lot of pressure|under so much pressure) | interpretation | 1
# how much it matters to the person: "I can tell how much this means to you" (not "I can see how
# much data you used")
(i can|i could|i) (see|tell|hear|sense|know|understand|appreciate) how much (this|it|that|they|he|she|this situation) (means|meant|matters|mattered|has meant) (to you)? | interpretation | 1
(i can|i could|i) (see|tell|hear|sense|know|understand|appreciate) how much you (care|cared|love|loved|miss|missed|are hurting|have been hurting|are struggling|have been struggling|have been through|have gone through|are going through|have been dealing with|are dealing with|were looking forward|have been looking forward|rely|relied|depend|depended) | interpretation | 1
(this|it|that) (clearly|obviously|really)? (means|meant|matters|mattered) (a lot|so much|a great deal|the world) to you | interpretation | 1
# naming the feeling heard: "I hear your frustration", "I can sense your worry"
(i|we|i can|we can|i do) (hear|see|sense|feel|recognize|recognise|acknowledge) your (frustration|pain|worry|worries|disappointment|anger|upset|stress|anxiety|feelings|hurt|fear|fears|sadness|grief|struggle|exhaustion|distress|concern|concerns) | interpretation | 1
# a record on the screen: "I see your concern was escalated yesterday"
(i|we|i can|we can) see (that)? your (concern|concerns|complaint) (was|were|has|have|is|are|from|on|dated|logged|raised|reference|number|ticket|case) | not-empathy | 0
(i|we) (completely|totally|fully)? (understand|appreciate) (your|the) (pain|anger|upset|stress|anxiety|hurt|fear|fears|sadness|grief|struggle|exhaustion|distress) | interpretation | 1
# reflecting: "so what you're saying is", "what I'm hearing is"
(so)? what (you are|you were|you have been) (saying|telling me|describing) is | interpretation | 1
(so)? what i am hearing (is|from you) | interpretation | 1
i (get|see|understand|know) where you are coming from | interpretation | 1
# validating: "no wonder you're upset", "anyone in your position", "your feelings are valid"
(no wonder|of course|naturally|understandably) (you are|you feel|you felt|you were|you would be|you would feel|you have been|you are feeling) (so|really|very|pretty)? (frustrated|upset|stressed|worried|tired|exhausted|scared|afraid|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|down|hopeless|lost|drained|discouraged|heartbroken|on edge|that way|this way|like that|like this) | interpretation | 1
# "everyone in the same situation receives the same compensation" and "anyone in that position would
# get a refund" state a policy: a literal position or situation needs a feeling after it, except the
# person's own ("anyone in your position", with the service outcomes excluded below); shoes and boat
# are always figurative
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) | interpretation | 1
(anyone|anybody|most people|everyone|any person|any of us) in (your|that|this|the same|a similar) (shoes|boat) | interpretation | 1
(anyone|anybody|everyone|any of us) in (that|this|the same|a similar) (position|situation) would (feel|be) (upset|frustrated|angry|annoyed|worried|stressed|concerned|disappointed|furious|anxious|the same|that way|the same way) | interpretation | 1
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) (would|will|can|could|may|should)? (get|receive|be entitled|be eligible|qualify|have to|need to|pay|apply|be offered|be refunded|be charged) | not-empathy | 0
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) (gets|receives|is entitled|is eligible|qualifies|has to|needs to|pays|applies) | not-empathy | 0
(what you are feeling|what you feel|what you felt|how you feel|how you felt|how you are feeling|your feelings|your feeling|your reaction|your frustration|your anger|your worry|your worries|your fear|your fears|feeling that way|feeling this way|feeling like this|feeling like that) (is|are) (completely|totally|perfectly|entirely|very|so|100 percent)? (valid|understandable|justified|legitimate|normal|natural|okay|ok|reasonable|fair|human) | interpretation | 1
# not "a normal response time" or "a valid response from your bank": a reaction only at the end of
# its clause or to something
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) (feeling|way to feel|thing to feel) | interpretation | 1
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified|fair) (fear|worry|concern|thing to worry about|thing to be worried about|fear to have|worry to have|concern to have) | interpretation | 1 | clause-final
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) reaction | interpretation | 1 | clause-final
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) reaction to | interpretation | 1
you (are|were|would be) (justified|allowed) (in feeling|to feel|to be upset|to be frustrated|to be angry|to be annoyed) | interpretation | 1
(i|we) (do not|can not|could not|would not|cannot|dont) blame you | interpretation | 1 | negation=ignore
(who|nobody|no one) (could|would|can) blame you | interpretation | 1 | negation=ignore
# not alone in it: "you're not the only one", "I thought I was the only one"
you are (not|definitely not|certainly not|far from) the only one | interpretation | 1 | negation=ignore clause-final
# "you're not the only one who can make changes" is about account rights: a feeling or a struggle follows
you are (not|definitely not|certainly not|far from) the only one (who feels|who felt|who has felt|who is feeling|who has been feeling|feeling|who is going through|going through|who has gone through|who went through|who has been through|who is struggling|struggling|who struggles|who has struggled|who has been struggling|who is dealing with this|dealing with this|who has been dealing with this) | interpretation | 1 | negation=ignore
(glad|good|nice|relieved|comforting) to (know|hear|see) (that)? (i am|i am not|i was not|we are not) (not)? (the only one|alone) | interpretation | 1 | negation=ignore

# sharing a similar experience: "I've been there", "I went through the same thing", "same here"
(we|i) (have|had) (all|also|definitely|totally|certainly|personally|both|each|all of us)? been (there|through that|through this|through it|through the same|through something similar|through similar|in your shoes|in that position|in the same position|in your position) | interpretation | 1
been there                                    | interpretation | 1 | clause-initial
# only the figurative boat: "we're in the same situation as last week" is a status, not a shared experience
(i am|i was|i have been|we are|we were|i am also|i was also) (in)? (the same|a similar|the exact same|a very similar|a pretty similar) boat | interpretation | 1
in (the same|a similar|the exact same|a very similar) boat | interpretation | 1
# "I'm going through the same steps as you" narrates the screen: only the same thing or situation, at
# the end of its clause
(i am|i was|i have been|we are|i|i am also) (also|too|basically|currently|literally|actually|kind of|kinda)? (going|gone|went|been going|been) through (the same thing|the exact same thing|the very same thing|something similar|the same situation|a similar situation) | interpretation | 1 | clause-final
(i know|i understand|i get|i have known|knowing) (the|that|this) (feeling|feel|struggle|pain|fear|frustration) | interpretation | 1
# "I have the same issue on my end" reproduces a fault: the same feeling is shared, a problem only in
# the past tense ("I had the same problem with mine")
i (have|had|feel|felt|share|shared|have had|have felt|struggle with|struggled with) (the same|that same|this same|the exact same|the very same|a similar) (feeling|feelings|fear|fears|thoughts|thought|struggle|struggles|experience|experiences|worry|worries|frustration|frustrations|anxiety|pain|thing happen) | interpretation | 1
i had (the same|that same|the exact same|the very same|a similar) (problem|problems|issue|issues|trouble) | interpretation | 1
(the same|something similar|a similar thing|similar thing|same thing|the same thing|the exact same thing|something like that|something like this|that|this|it) (happened|happens|has happened|used to happen) to me | interpretation | 1
(same|similar) (thing|experience|situation) (here|for me|with me) | interpretation | 1
# a bare "same" is a reply of its own only when it opens its sentence ("Same. It drives me mad."), not
# an answer to a form ("Yes, same.", "Billing address: same.")
same                                          | interpretation | 1 | initial clause-final
(same here|same for me|same with me|me too|me as well|i do too|i did too|i am too|i was too|i have too|i had too|i feel that too|i feel it too|i do as well|i did as well|i am the same|i was the same|i am the same way|i was the same way|so do i|so did i|so am i|same boat|relatable|so relatable) | interpretation | 1 | clause-initial clause-final
(i|i can|i really|i totally|i completely|i definitely|i so|i can totally|i can really|i can definitely|i can completely) (relate|resonate|identify) (to|with) (this|that|it|you|your|what you|so much|a lot|everything|every word|all of this|all of that|how|some of|most of|much of|part of) | interpretation | 1
(we|we can|we all|we can all|anyone can|everyone can) (relate|resonate|identify) (to|with) (this|that|it|what you|how|so much) | interpretation | 1
(i can|i) (relate|resonate|identify) (to|with) (that|this|it) | interpretation | 1 | clause-final
(i|i can|i really|i totally|i definitely) relate (on some level|to some degree|to a degree|to an extent|strongly) | interpretation | 1
(i|i can|i really|i totally|i definitely) identify (on some level|to some degree|to a degree|to an extent) | interpretation | 1
# hearing the person on a point ("I hear you on that."), at the end of its clause: "I hear you on the
# line" is a check of the call
i (totally|completely|really|absolutely)? (hear|get) you on (that|this) | interpretation | 1 | clause-final
i (feel|felt) a similar way                 | interpretation | 1
(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been|i used to) (feel|felt|feeling) (exactly|pretty much|much)? (this way|that way|the same|the same way|like this|like that|similarly|the exact same) | interpretation | 1 | clause-final
(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been|i used to) (feel|felt|feeling) (exactly|pretty much|much)? (this way|that way|the same way|the exact same way) | interpretation | 1
(this|that) is (exactly|pretty much|just|literally)? (how|what) i (feel|felt|have felt|have been feeling|went through|am going through|have been going through) | interpretation | 1
i used to (feel|think|struggle|worry|believe|hate myself|hate|cry|fear|blame myself|beat myself up|be scared|be afraid|be anxious|be depressed|be lonely|be the same) | interpretation | 1

(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been) (feel|felt|feeling) (like this|like that|this way|that way|the same) (every day|everyday|all the time|too|also|sometimes|often|a lot|most days|constantly|at times|daily|as well|myself) | interpretation | 1
i (thought|felt like|used to think) i was (alone|the only one|alone in this|alone in that|alone in it|alone in feeling) | interpretation | 1
(i|i also|i often|i sometimes) (ask|asked|wonder|wondered|tell|told) myself the same (thing|question|things)? | interpretation | 1
# not "have": "I have it too on my screen"
(i|i also|i still|i too|i often|i sometimes) (do|feel|get) (that|this|it|the same|the same thing) (too|as well|also|myself) | interpretation | 1
# a clause of its own: not "once I get that, I'll process it"
i (totally|completely|really|absolutely)? get (that|this) | interpretation | 1 | clause-initial clause-final
(i|i also|i too|i have|i have also|i also have|i still|i have always|i always) (suffer|suffered|battle|battled) (with|from|through) | interpretation | 1
# "I've dealt with the same thing for other customers" is casework, not a shared experience
(i|i have) (went through|gone through|been through|dealt with|had) (something similar|the same thing|a similar experience|the same experience) (for|with) (other|another|many|several|our|a lot of|lots of)? (customers|callers|clients|accounts|cases) | not-empathy | 0
(i|i also|i too|i have|i have also|i also have|i still|i have always|i always) (struggle|struggled) (with)? (this|that|it|the same|something similar|similar) (too|as well|myself|also)? | interpretation | 1
(i have|i have also|i also have|i too have) been (feeling|suffering|in a similar|in the same) | interpretation | 1
# "when I went through your account" and "when I was in your account" narrate the screen: going
# through and being in need a word of experience after them
(when|whenever) i (felt|was feeling|feel|was struggling|struggled|hit rock bottom|was at rock bottom|was suffering) | interpretation | 1
(when|whenever) i (went through|was going through|had gone through) (something similar|something like this|something like that|the same thing|the same|a similar|a hard time|a difficult time|a tough time|a rough time|a bad time|a rough patch|hard times|tough times|a lot|hell) | interpretation | 1
(when|whenever) i was (in your|in a similar|in the same|in that) (shoes|position|situation|boat|place) | interpretation | 1
(when|whenever) i was at my (lowest|worst|low point|lowest point) | interpretation | 1
i remember (feeling|struggling|being so|being really) | interpretation | 1
i remember (when|how) i (felt|was feeling|was struggling|went through|was going through|struggled) | interpretation | 1
# "I also feel the new tariff is better value" is an opinion and "I also went through the same checks"
# a procedure: feeling needs a feeling after it, going through an experience
i (also|too) (struggle|struggled|suffer|suffered|hate|hated|cry|cried|worry|worried|fear|feared|used to|get so|get really|am going through|have been feeling|have been struggling) | interpretation | 1
i (also|too) (feel|felt) (so|really|very|pretty|quite|a bit|a little|kind of)? (frustrated|upset|stressed|worried|annoyed|angry|disappointed|anxious|scared|overwhelmed|fed up|tired|exhausted|hurt|sad|lonely|alone|lost|down|hopeless|depressed|afraid|helpless|useless|worthless|stuck|numb|like that|that way|this way|the same|like this|like nobody|like no one|like i|like a failure|like giving up) | interpretation | 1
i (also|too) (went through|have been through|have gone through) (something similar|the same thing|a similar thing|a similar situation|the same situation|that|this|it|a lot|hell|a hard time|a rough time|a tough time|a difficult time|a breakup|a divorce|a loss) | interpretation | 1
(i am|i was|i have been|i get|i felt|i feel|i often feel|i have felt) (so|really|very|pretty|kind of|a bit)? (depressed|lonely|anxious|sad|hopeless|miserable|numb|empty|exhausted|overwhelmed|scared|afraid|terrified|heartbroken|hurt|lost|angry|frustrated|stressed|down|tired|alone|worthless|useless|stuck|isolated) (too|as well|myself) | interpretation | 1
(i am|i was|i have been|i get|i feel|i felt) also (so|really|very|pretty|quite)? (depressed|lonely|anxious|sad|hopeless|miserable|numb|empty|exhausted|overwhelmed|scared|afraid|terrified|heartbroken|hurt|lost|angry|frustrated|stressed|down|tired|alone|worthless|useless|stuck|isolated) | interpretation | 1
# -- explorations: asking about feelings and experience
how (are|have) you (feeling|holding up|coping|been coping) | exploration | 1
# not "how are you managing the account, online or by phone?"
how (are|have) you (been)? managing          | exploration | 1 | clause-final
how (does|did|has) (that|this|it) (make you feel|made you feel|affect you|affected you|been for you|left you) | exploration | 1
how (is|was) (that|this|it) (for you|affecting you) | exploration | 1
(what|how) (happened|did it happen)          | exploration | 1 | question
# a question about a service object, not the person's experience: "what happened to the old router?"
what happened (to|with) (the|your|my|our|that|this) (old|new|first|second|last)? (router|modem|order|parcel|package|payment|refund|card|account|booking|device|phone|delivery|bill|invoice|app|box|item|cable|appointment|ticket|claim|case|transfer|code|link|email) | not-empathy | 0
# not "can you tell me more about the error code?": more ends its clause or is about it, the person or
# what happened
(can|could|would) you tell me (what happened|how it|how that|how this) | exploration | 1
(can|could|would) you tell me (more|a bit more|a little more) | exploration | 1 | clause-final
(can|could|would) you tell me (more|a bit more|a little more) about (it|that|this|what|how|why|your experience|how you|the situation|what happened) | exploration | 1
(can|could) you (walk me through|talk me through) what happened | exploration | 1
(do|would) you want to talk (about)?         | exploration | 1 | question
# a sales or account topic ("do you want to talk about the upgrade options?")
(do|would) you want to talk about (a|an|the|our|your options|your plan|your account|your bill|your contract|your order|your booking|upgrading|changing|cancelling|canceling|switching|renewing|options|pricing) | not-empathy | 0
(is|was) there anything (else)? (bothering|worrying|troubling) you | exploration | 1
what (is|was) (that|it) like                 | exploration | 1 | question
(how|why|what) do you feel                   | exploration | 1 | question
# an opinion on an offer or a choice: "what do you feel is the best time?", "how do you feel about
# switching to paperless billing?"
what do you feel (is|would|will|are)         | not-empathy | 0
(how|what) do you feel about (the|our|a|an|switching|upgrading|moving|changing|going|paying|booking|adding|trying) | not-empathy | 0
what (makes|made) you (feel|think)           | exploration | 1 | question
what (worries|concerns|bothers|upsets) you   | exploration | 1
are you (okay|ok|alright|all right|safe|feeling okay|feeling better) | exploration | 1 | question
(have|did) you (talked|talk|spoken|speak|told|tell|reached out) (to|with)? (anyone|someone|anybody|a friend|your family|a doctor|a professional|a counselor|a therapist|about) | exploration | 1 | question
# a service contact: "did you talk to someone in store?", "did you speak to anyone at the branch?"
(have|did) you (talked|talk|spoken|speak) (to|with) (anyone|someone|anybody) (in|at|from|on) (store|the store|a store|our|the shop|branch|the branch|billing|the bank|your bank|support|customer service|the help desk|sales|the team|the phone|the helpline|the courier|the depot|reception|the front desk) | not-empathy | 0
# not "do you feel like upgrading today?": feeling like a clause about the person or the situation
(do|did) you (feel|felt) (that|as if)        | exploration | 1 | question
(do|did) you (feel|felt) like (you|it|this|that|there|he|she|nobody|no one|everyone|everybody|everything|things|they|we|i|people|nothing|something|someone|somebody|the|a|an|your|my|all|maybe|life) | exploration | 1 | question
# not "what's going on with the app when you open it?"
what (is|was) going on                      | exploration | 1 | question clause-final
what (is|was) going on (with you|for you|in your life|at home|in your head) | exploration | 1 | question
what (are|were) you (feeling|going through) | exploration | 1 | question
# not "what were you thinking of ordering?"
what (are|were) you thinking                 | exploration | 1 | question clause-final
(how long|how often) (have|has) (you|this|it) been (feeling|dealing|struggling|going on|happening|bothering you) | exploration | 1 | question
(is|was) there (anyone|someone|anybody) (you|who) (can|could) (talk|help|support|turn) | exploration | 1 | question
(can|could|would) you (share|say) (more|a bit more|a little more|what happened|how you feel) | exploration | 1
what do you think (is|was|might be|would) (causing|bothering|behind|help) | exploration | 1 | question

# -- interpretations that normalise the feeling: anyone would feel it ("it's so frustrating when
# that happens", "nobody likes being kept waiting"), and an acknowledgement that the news is not
# what the person hoped for ("I know this isn't what you wanted to hear")
(it is|it can be) (so|really|very|incredibly|pretty)? (frustrating|annoying|stressful|upsetting|worrying|infuriating|maddening|disheartening|disappointing) when (that happens|this happens|it happens|that happened|this happened|something like that happens|things go wrong|that goes wrong|this goes wrong) | interpretation | 1
(nobody|no one) likes (waiting|to wait|being kept waiting|to be kept waiting|being on hold|to be on hold|being put on hold|to be put on hold|repeating themselves|to repeat themselves|having to repeat themselves|chasing|having to chase|to chase) | interpretation | 1 | negation=ignore clause-final
(i know|i realise|i realize|i appreciate|i understand) (this|that|it) (is not|was not) (what you wanted to hear|what you were hoping for|what you were hoping to hear|the answer you wanted|the answer you were hoping for|the news you wanted|what you expected) | interpretation | 1 | negation=ignore

# -- apologies: a specific one names what went wrong
(i|we) (sincerely|truly|really|do)? apologize (for|that|about) | apology | 1 | inflect
(i|we) (sincerely|truly|really|do)? apologise (for|that|about) | apology | 1 | inflect
(i|we) can only apologise (for|that|about)       | apology | 1 | inflect
(i|we) can only apologize (for|that|about)       | apology | 1 | inflect
(i|we) can only (apologize|apologise) for (any|the|all the) inconvenience | apology | 0.5 | scripted
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
(do not|dont) worry                          | reassurance | 1 | negation=ignore
you do not (need|have) to worry              | reassurance | 1 | negation=ignore
(there is)? no need to (worry|panic|stress)  | reassurance | 1 | negation=ignore
you are in (good|safe|great) hands           | reassurance | 1
(we|i) will (get|have) (this|it|that|everything|you) (sorted|fixed|resolved|taken care of|sorted out|back on track) | reassurance | 1
(we|i) (will|are going to|am going to) (sort|fix|figure|work) (this|it|that) out | reassurance | 1
(i am|we are) (here|going) to help           | reassurance | 1
(i am|we are) (always)? here (to help|if you need) | reassurance | 1
rest assured                                 | reassurance | 1
# patience offered to someone who needs time ("Take all the time you need.", "There's no rush at all.");
# a bare "take your time" is as often a wait while a card is found
take all the time (you need|you want|in the world) | reassurance | 1
there is no rush (at all|whatsoever)?         | reassurance | 1 | negation=ignore clause-final
no rush (at all|whatsoever)                   | reassurance | 1 | negation=ignore clause-final
(i|we) (just)? (want|wanted) to reassure you | reassurance | 1
(let me|can i|may i|i can|we can) (just)? reassure you | reassurance | 1
(i|we) can reassure you (in writing|by email|by letter) | not-empathy | 0
let us (fix|sort|solve|figure out|get to the bottom of|sort out) (this|it|that) (together)? | reassurance | 1
(we|i) will (get to the bottom of|make this right|make it right|make things right|put this right|put it right) | reassurance | 1
(it|everything|things) will be (okay|ok|fine|alright|all right|sorted) | reassurance | 1
# advice on a product: "it will be fine to use the old charger", "you'll be fine with the basic plan"
(it|you) will be (okay|ok|fine|alright|all right) (to|with the|with a|on the) | not-empathy | 0
you will (be|get) (okay|fine|taken care of|sorted) | reassurance | 1
you will be (ok|alright|all right)           | reassurance | 1
(i|we) (will|are going to|am going to) (stay|be) with you (until|through|every step) | reassurance | 1
# absolving the customer's self-blame or fear ("Don't be embarrassed", "You did nothing wrong",
# "There's no need to apologise"): the person is reassured, not only the problem
(do not|please do not|you should not|no need to|there is no need to) (be|feel) (so)? (embarrassed|ashamed|bad|silly|stupid|guilty|scared|afraid|nervous|worried) | reassurance | 1 | negation=ignore
# 'low' and 'down' are feelings only after 'feel': 'be low on data', 'be down any money', 'be down at the store'
(do not|please do not|you should not|no need to|there is no need to) feel (so)? (low|down) | reassurance | 1 | negation=ignore
(do not|please do not) be (afraid|scared|nervous) to (push|press|hold|pull|unplug|restart|reset|turn|switch|click|tap|plug|give|shake|wiggle|force|twist) | not-empathy | 0 | negation=ignore
(please)? (do not|never) (apologise|apologize|be sorry) | reassurance | 1 | negation=ignore
(there is)? no need to (apologise|apologize|be sorry) | reassurance | 1 | negation=ignore
you (did|have done) nothing wrong             | reassurance | 1 | negation=ignore
you (did not|have not) done anything wrong    | reassurance | 1 | negation=ignore
you did not do anything wrong                 | reassurance | 1 | negation=ignore
you (did|have done) (exactly|absolutely)? the right thing | reassurance | 1
(if|whether|sure|unless) you (did|have done) (exactly|absolutely)? the right thing | not-empathy | 0
(sure|if|whether|unless|as long as) you (did not|have not|did nothing|have done nothing) (do|done)? (anything)? wrong | not-empathy | 0 | negation=ignore
# normalising a slip: "It happens to the best of us."
(it|that|this) happens to the best of us | interpretation | 1 | clause-final negation=ignore
# (not "everyone": "that happens to everyone, the router reboots itself at 3am" is how a product behaves)
(it|that|this) happens to (all of us|us all) | interpretation | 1 | clause-final negation=ignore
(i am|im|we are|we are all) rooting for you  | emotional-reaction | 1 | encouragement negation=ignore
fingers crossed for you                       | emotional-reaction | 1 | encouragement negation=ignore

# -- not empathy (weight 0: the longer match wins and counts nothing)
(i am)? (so)? sorry (could|can|would|will) you (repeat|say|spell|speak) | not-empathy | 0
(i am)? (so)? sorry (i did not|i could not|i can not) (catch|hear|get|understand) | not-empathy | 0 | negation=ignore
(i am)? (so)? sorry (to interrupt|to bother|to disturb|but|if|what|who|where|which|come again|say again|pardon) | not-empathy | 0
i am sorry to (say|tell you|inform you)      | not-empathy | 0
i (really|truly)? (hope|trust) (that|this|it) (helps|helped|answers|answered|clarifies|finds you) | not-empathy | 0
(i)? (really)? hope you (have|are having|enjoy|had) (a|the rest of your)? (great|good|nice|wonderful|lovely|fantastic|pleasant|day|evening|weekend) | not-empathy | 0
(i)? hope (this|that) finds you               | not-empathy | 0
(i)? (really)? hope (you are|you have been|you are all) (doing|keeping) (well|good|great) | not-empathy | 0
it is (hard|tough|difficult) to (say|tell|know|predict|find|see|get) | not-empathy | 0
i understand (your|the) (request|question)   | not-empathy | 0
take care of (this|that|it|the|everything|your|all|that for|this for|them|him|her|me|myself|a|an|my|our|things|business) | not-empathy | 0
are you (okay|ok|alright|all right) (with|if|for|to) | not-empathy | 0
# cues that undo a bare "I'm sorry" right before them: a request to repeat, or "but" before a refusal
(could|can|would|will) you (repeat|say that again|say it again|spell|speak up|please repeat) | not-empathy | 0 | after-sorry
(i did not|i could not|i can not) (catch|hear|quite catch|quite hear|understand) | not-empathy | 0 | after-sorry negation=ignore
(what was that|come again|say again|pardon|you are breaking up|the line is bad|but) | not-empathy | 0 | after-sorry
# a refusal without "but": "I'm sorry, we don't offer that service"
(we|i) (do not|can not|are not able to|am not able to|are unable to|am unable to|could not) (offer|provide|accept|allow|give|refund|process|issue|extend|waive|do that|change that) | not-empathy | 0 | after-sorry negation=ignore
