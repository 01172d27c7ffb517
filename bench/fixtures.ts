/**
 * Realistic benchmark transcripts, built deterministically (a fixed seed): an 80-turn call of about
 * 1,000 words with timings, overlaps and backchannels, and a 40-turn chat.
 */
import type { Transcript, Turn } from '../src/domain/types.js';

const AGENT = [
  'Thank you for calling, my name is Sam, how can I help you today?',
  "I'm so sorry to hear that, let me take a look at your account right away.",
  'Just to confirm, is this about the charge from last Tuesday?',
  "I understand how frustrating that must be, I'll take care of this for you.",
  'Unfortunately that is our policy, you have to wait for the refund to clear.',
  "I can see the payment here, I'll process the refund now.",
  'You will receive a confirmation email within 24 hours.',
  'Could you please confirm your date of birth for security?',
  'Thank you for your patience while I check this with the billing team, it should only take a minute or two.',
  'I completely understand, nobody likes to be charged twice, so let me look at both payments and reverse the second one for you.',
  'Absolutely, I would be happy to help with that as well.',
  'Mm-hmm.',
  'Right.',
  "Okay, I've updated the address on the account and added a note for the team.",
  'Is there anything else I can help you with today?',
];
const CUSTOMER = [
  "Hi, I'm calling because I was charged twice for my bill this month.",
  "This is the third time I've called about this and nobody has fixed it.",
  "I'm really frustrated, I've been on hold for forty minutes.",
  'Yes, that is the one, from last Tuesday.',
  'Okay, thank you, I really appreciate your help.',
  'Yeah.',
  "My internet keeps dropping every evening and it's still not working.",
  "It's the fifth of March, nineteen eighty two.",
  'I already told the last agent all of this, I was transferred twice and nobody could tell me anything useful.',
  'The first payment went through on the fifth and then another one came out on the seventh for exactly the same amount.',
  "That's great, thanks so much.",
  'When will the money be back on my card?',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchCall(turnCount = 80, seed = 42): Transcript {
  const random = mulberry32(seed);
  const turns: Turn[] = [];
  let t = 0;
  for (let i = 0; i < turnCount; i++) {
    const speaker = i % 2 === 0 ? 'agent' : 'customer';
    const pool = speaker === 'agent' ? AGENT : CUSTOMER;
    const text = pool[Math.floor(random() * pool.length)];
    const words = text.split(' ').length;
    // Mostly gaps of 0.2-1.5 s, sometimes a long silence, sometimes an overlap.
    const r = random();
    const gap = r < 0.1 ? -Math.floor(300 + random() * 1200) : r < 0.15 ? 3500 + Math.floor(random() * 3000) : 200 + Math.floor(random() * 1300);
    const startMs = Math.max(0, t + gap);
    const endMs = startMs + words * 380;
    turns.push({ speaker, text, startMs, endMs });
    t = Math.max(t, endMs);
  }
  return {
    interactionId: `bench-call-${seed}`,
    tenantId: 'bench',
    channel: 'voice',
    agentId: 'agent-1',
    teamId: 'team-1',
    language: 'en',
    startedAt: '2026-10-02T14:03:00.000Z',
    turns,
    metadata: {},
  };
}

export function benchChat(turnCount = 40, seed = 7): Transcript {
  const random = mulberry32(seed);
  const turns: Turn[] = [];
  let t = 0;
  for (let i = 0; i < turnCount; i++) {
    const speaker = i % 2 === 0 ? 'customer' : 'agent';
    const pool = speaker === 'agent' ? AGENT : CUSTOMER;
    t += 5_000 + Math.floor(random() * 120_000);
    turns.push({ speaker, text: pool[Math.floor(random() * pool.length)], startMs: t });
  }
  return { ...benchCall(2, seed), interactionId: `bench-chat-${seed}`, channel: 'chat', turns };
}

export function wordCount(t: Transcript): number {
  return t.turns.reduce((n, turn) => n + turn.text.split(/\s+/).filter(Boolean).length, 0);
}
