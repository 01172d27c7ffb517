# unfinished.lex: words an English sentence cannot end on, for any speaker (detector `interruptions`).
#
# Speakers hand the turn over at a transition-relevance place, a point where what they are saying
# could be complete (Sacks, Schegloff & Jefferson 1974, "A simplest systematics for the
# organization of turn-taking for conversation"). Starting to speak at any other point is starting
# to speak while the other's turn is still in progress, even when the other has just fallen silent
# (Schegloff 2000 on overlap and interruption; Jefferson 1986 on "interjacent" onsets). The
# interruptions detector reads this lexicon at the end of the other party's turn: when the last
# word of that turn is an entry here, the turn was left unfinished ("I paid it on the"), so the
# turn that broke it off is an interruption however brief the overlap, even one that started on
# that last word or in the short pause after it, where a finished turn would have been handed over.
#
# Entries are words that need something after them: articles and possessive determiners (a noun
# phrase follows), the coordinators and the subordinators (a clause follows), "of" (its object
# follows), the subject pronouns (a verb follows), "very" (an adjective follows) and the
# discourse marker "I mean", which projects the speaker's own modification of what they just said
# (Schiffrin 1987, "Discourse markers", ch. 10): "yeah I mean" stops before it comes; placed after
# a word it corrects or in a relative clause ("Thursday I mean", "the one I mean") it is complete.
# The detector also treats as unfinished, without any entry, a turn that ends on a cut-off mark or a word
# fragment ("I was go-", "I was going to -"; human transcribers mark them, speech-to-text engines
# do not) and a turn whose last word is a contracted auxiliary ("I'm", "it's", "they'll"), which
# English almost never leaves at the end of a sentence ("I should've" is complete). A "." or "!"
# after the last word changes nothing: speech-to-text engines close every segment with one. A "?"
# makes it a question, complete ("What is it made of?"); an ellipsis ("and...") is a trailing off,
# the speaker's own doing. A single capital letter other than "I" in text with lower-case letters
# is a letter being spelled ("with an A"), not the article.
#
# Tag `trail-off`: the word may also end a turn that its speaker gives up, so it counts only when
# the other party started before the turn was over, not in the pause after it. Turn-final "and" and
# "but" are trail-off conjunctions that leave the rest to the hearer (Walker 2012, "Form and
# function of trail-off conjunctions"), and a final "um" or "uh" announces a delay (Clark & Fox Tree
# 2002) that may end in nothing: "I tried that but", a pause, and the agent's answer is a hand-over.
#
# Left out on purpose:
#   "so", "or"      turn-final "so" yields the turn even more plainly than "and" and "but" (Raymond
#                   2004 on "stand-alone so"), and "or?" is a tag question ("Is it the red one or?")
#   "that", "this"  demonstrative pronouns end sentences ("I already tried that")
#   "to", "for", "with", "about", "on", "in", "at", "from"
#                   stranded prepositions and particles end sentences ("who did you speak to",
#                   "hold on", "what is it about", "I would love to")
#   "you", "it", "me", "us", "them", "her", "his"
#                   object pronouns end sentences; "her" and "his" may be possessive but are not
#                   always determiners ("it is his")
#   the auxiliaries spelled out ("is", "can", "will", "do", "have")
#                   they end elliptical answers ("yes it is", "I do", "we will")
#
# Categories (all weight 1; the detector reads only whether the turn's last word is covered)
#   determiner      a, an, the, my, your, our, their, its, every
#   coordinator     and, but (trail-off), nor
#   subordinator    because, if, than, whether, although, unless, cos
#   preposition     of
#   subject         I, we, they, he, she
#   intensifier     very
#   marker          I mean, on its own or after a discourse marker or conjunction
#   filler          um, uh, er (trail-off)
#   exclusion (0)   a longer phrase that ends on an entry above and is complete, and the letters
#                   "a" and "i" in a spelling
@lexicon unfinished
@default speaker=any negation=ignore
@match turn-end

# phrase                                        | category        | weight
# --- determiners: a noun follows
(a|an|the)                                      | determiner      | 1
(my|your|our|their|its|every)                   | determiner      | 1

# --- conjunctions: a clause follows
(and|but)                                       | coordinator     | 1 | trail-off
nor                                             | coordinator     | 1
(because|if|than|whether|although|unless|cos|cuz|coz) | subordinator | 1

# --- "of": its object follows
of                                              | preposition     | 1

# --- subject pronouns: a verb follows
(i|we|they|he|she)                              | subject         | 1

# --- "very": an adjective or adverb follows
very                                            | intensifier     | 1

# --- "I mean": the speaker's own rephrasing follows (Schiffrin 1987). Alone, after a comma, or after
# a discourse marker, a conjunction or a hesitation it projects more ("It's just, I mean", "yeah I
# mean", "but I mean"); after any other word it is complete: a correction placed after what it
# corrects ("No, Thursday I mean.", "The blue one I mean."), the verb of a relative clause ("the
# one I mean", "what I mean") or a question ("which one did I mean"). The wildcard does not reach
# across a comma, and at one start a listed word is matched before the wildcard, so the listed
# forms win their tie with the exclusion.
i mean                                          | marker          | 1
(and|but|so|or|well|yeah|yes|yep|no|oh|just|like|right|because|cos|um|uh|okay|ok|the|a|of|that is|it is) i mean | marker | 1
* i mean                                        | exclusion       | 0

# --- a filled pause: the speaker announces a delay and means to go on (Clark & Fox Tree 2002), or
# gives up; tagged trail-off like "and" and "but"
(uh|um|er|erm|uhm)                              | filler          | 1 | trail-off

# --- exclusions: complete phrases that end on an entry above
(so|neither|nor|as) (do|does|did|am|is|are|was|were|have|has|had|can|could|will|would|shall|should|may|might|must) (i|we|they|he|she) | exclusion | 0
(than|as) (i|we|they|he|she)                    | exclusion       | 0
# a question inverts subject and auxiliary: "Can he", "Where are they", "didn't I" (a speech-to-text
# engine's "?" says so too, but not every transcript has one)
(do|does|did|am|is|are|was|were|have|has|had|can|could|will|would|shall|should|may|might|must) (not)? (i|we|they|he|she) | exclusion | 0
oh my                                           | exclusion       | 0
(you|me|him|her|them) and (i|we)                | exclusion       | 0
(my|our|your|his|her|their|the) * and (i|we)    | exclusion       | 0
(yes|yeah|not|no) very                          | exclusion       | 0
(sort|kind) of                                  | exclusion       | 0
(plan|option|type|grade|part|section|class|level|seat|gate|row|size|vitamin|category) (a|i) | exclusion | 0
# spelling out a postcode, a reference or a name letter by letter ("S W 1 A", "M I", "C U I")
(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|0|1|2|3|4|5|6|7|8|9) (a|i) | exclusion | 0
(an|capital|letter|small) (a|i)                 | exclusion       | 0
(what|as) if                                    | exclusion       | 0
just because                                    | exclusion       | 0
