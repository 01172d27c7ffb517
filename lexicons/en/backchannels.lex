# backchannels.lex: backchannels and acknowledgement tokens, for any speaker (detector `interruptions`).
#
# A backchannel is the short response a listener gives while the other person keeps the floor
# ("mm-hmm", "yeah", "right", "I see"): it shows attention and does not claim the turn (Yngve 1970,
# "On getting a word in edgewise"; Schegloff 1982 on continuers; Ward & Tsukahara 2000 on
# backchannel timing). Spoken over the other party it is not an interruption. The interruptions
# detector treats an overlapping turn as a backchannel when it is short (four words at most) and
# EVERY word in it is covered by matches of this lexicon, so "yeah, right, okay" is a backchannel
# and "yeah but I already did that" is not ("but I already did that" is not covered). It may last
# any time while the other talks on, but one longer than a second and a half that the other stops
# for has taken the floor ("okay okay okay" until they stop) and is no backchannel. Entries therefore list whole tokens and short fixed phrases; repetitions
# ("yeah yeah", "okay okay") need no entry of their own, because consecutive matches cover them.
#
# Tokenization: a hyphen inside a word keeps one token ("mm-hmm", "uh-huh"), so the hyphenated,
# run-together and spaced spellings that transcribers and speech-to-text engines produce are all
# listed. Contractions are expanded on both sides ("that's right" is "that is right").
#
# Left out on purpose: repair initiators ("huh?", "what?", "pardon?", "sorry?") and disagreement
# tokens ("no", "nope", "uh-uh"), which stop the speaker and claim the floor; "seriously" and
# "come on", which usually open a complaint.
#
# Categories (all weight 1; the detector reads only coverage, the categories are for review)
#   continuer       non-lexical "keep going" tokens: mm-hmm, uh-huh, mhm, yeah
#   acknowledgement receipt of information: okay, right, I see, got it, sure, thanks
#   agreement       yes, exactly, true, absolutely, that's right, fair enough
#   assessment      evaluative or surprised response: wow, oh really, great, oh no, oh dear
#   filler          a lone hesitation sound (um, uh, er, hmm): a floor bid that did not take the floor
#   address         "sir"/"ma'am" after an acknowledgement ("yes ma'am", "okay sir")
#   exclusion (0)   a longer phrase that hides a token above but is content, not a backchannel
@lexicon backchannels
@default speaker=any negation=ignore

# phrase                                        | category        | weight
# --- continuers
(mm-hmm|mm-hm|mmhmm|mmhm|mhm|mhmm)               | continuer       | 1
mm (hmm|hm)                                     | continuer       | 1
(uh-huh|uh-hu|uhuh|uh-hum|um-hum|um-hmm|uhhuh)   | continuer       | 1
(uh|um) (huh|hum|hmm)                           | continuer       | 1
(mm|mmm)                                        | continuer       | 1
(yeah|yea|yeh|yah|ya|yep|yup)                   | continuer       | 1
go on                                           | continuer       | 1
i am listening                                  | continuer       | 1

# --- acknowledgements
(okay|ok|o.k|kay|mkay|m'kay)                    | acknowledgement | 1
(alright|all right)                             | acknowledgement | 1
right                                           | acknowledgement | 1
i see                                           | acknowledgement | 1
i see what you mean                             | acknowledgement | 1
(got it|gotcha|got you|i got it|i got you)      | acknowledgement | 1
(understood|i understand|noted)                 | acknowledgement | 1
sure                                            | acknowledgement | 1
(for sure|sure thing)                           | acknowledgement | 1
(thanks|thank you|thank you very much|cheers)   | acknowledgement | 1
(no problem|no worries)                         | acknowledgement | 1
(oh|ah|ahh|aha|ooh|oh okay|ah okay)             | acknowledgement | 1
(i know|i know what you mean)                   | acknowledgement | 1
(makes sense|that makes sense)                  | acknowledgement | 1
(fine|that is fine|that is fine with me)        | acknowledgement | 1

# --- agreement
yes                                             | agreement       | 1
(exactly|precisely|definitely|absolutely|totally|certainly|indeed|correct|agreed|true) | agreement | 1
(that is right|that is true|that is correct|you are right|very true|quite right) | agreement | 1
(of course|you bet|fair enough|i agree|same here|me too) | agreement | 1

# --- assessments
(wow|oh wow|whoa|gosh|oh gosh|oh my|oh my god|oh my gosh|oh dear|oh no|oh boy) | assessment | 1
(really|oh really|is that right|is that so|oh is it|interesting) | assessment | 1
(great|good|cool|nice|perfect|awesome|excellent|wonderful|lovely|brilliant|fantastic|amazing|sweet) | assessment | 1
(sounds good|sounds great|that sounds good|that is great|that is good|very good) | assessment | 1

# --- fillers
(um|uh|er|erm|uhm|hmm|hm)                       | filler          | 1

# --- address terms after an acknowledgement
(yes|yeah|okay|ok|sure|thank you|thanks|right|alright|all right|no problem) (sir|ma'am|madam|miss) | address | 1

# --- exclusions: content that starts like a backchannel
right now                                       | exclusion       | 0
right away                                      | exclusion       | 0
right here                                      | exclusion       | 0
right there                                     | exclusion       | 0
good morning                                    | exclusion       | 0
good afternoon                                  | exclusion       | 0
good evening                                    | exclusion       | 0
