import { describe, expect, it } from 'vitest';
import { readTimes, timeWeight, type TimeFacts } from '../../../lib/detect/signals/deadlines.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';

// The edges of reading a time and weighing it against the clock, as the mutation run of the
// signals' time rules found them untested (stryker.signals.config.mjs): the 12-hour clock
// at noon and midnight, hours and minutes no clock has, and each limit of "close enough".

const times = (text: string) => readTimes(signalText(text));
const minutes = (hm: string) => {
  const [h, m] = hm.split(':').map(Number);
  return h * 60 + m;
};
// A sentence with no time gives empty facts: the rest is what a test sets.
const facts = (partial: Partial<TimeFacts>): TimeFacts => ({ ...readTimes(''), ...partial });
const at = (hm: string, twelve = false) => ({ t: minutes(hm), twelve });

describe('reading a time', () => {
  it.each([
    ['le rdv est à 14h', at('14:00')],
    ['the call is at 1pm', at('13:00')],
    ['the call is at 12pm', at('12:00')],
    ['the call is at 12am', at('00:00')],
    ['the call is at 11am', at('11:00')],
    ['the call is at 2:30', at('2:30', true)],
    ['the call is at 14:30', at('14:30')],
    ['rdv à 9h15', at('09:15')],
    ['the call is at 24:00', at('24:00')],
  ])('%s: an appointment', (text, time) => expect(times(text).appointments).toEqual([time]));

  it.each(['the call is at 25:00', 'the call is at 10:75', 'rdv à 26h'])(
    '%s: no clock has it',
    (text) => expect(times(text).appointments).toEqual([]),
  );

  it.each([
    ['my exam is at 9', at('9:00', true)],
    ['my exam is at 12', at('12:00', true)],
  ])('%s: a bare hour, on a 12-hour clock', (text, time) =>
    expect(times(text).appointments).toEqual([time]),
  );

  it('a bare hour past 12 is no time', () =>
    expect(times('my exam is at 13').appointments).toEqual([]));

  it.each([
    ['il faut rendre avant 17h', at('17:00')],
    ['il faut rendre avant midi', at('12:00')],
    ['send it before midnight', at('24:00')],
    ['the shop closes at midnight', at('24:00')],
  ])('%s: a deadline', (text, time) => expect(times(text).deadlines).toContainEqual(time));

  it('"at noon" is an appointment, "before noon" a deadline', () => {
    expect(times('the call is at noon').appointments).toEqual([at('12:00')]);
    expect(times('the call is at noon').deadlines).toEqual([]);
    expect(times('send it before noon').appointments).toEqual([]);
  });

  it('"half 9" is half past nine', () =>
    expect(times('the exam is at half 9').appointments).toEqual([at('9:30', true)]));

  it('a deadline is not also an appointment', () => {
    const read = times('il faut rendre avant 17h');
    expect(read.deadlines).toEqual([at('17:00')]);
    expect(read.appointments).toEqual([]);
  });

  it('the clock said is not an appointment', () => {
    const read = times("it's 10:30 and the call is at 11:00");
    expect(read.clock).toBe(minutes('10:30'));
    expect(read.appointments).toEqual([at('11:00', true)]);
  });

  it('"it is 11.20" beside "before midnight" is the evening', () =>
    expect(times("it's 11:20, i have to send it before midnight").clock).toBe(minutes('23:20')));

  it.each([
    ['the call was at 9:30', at('9:30', true)],
    ['on devait se voir à 14h', at('14:00')],
  ])('%s: a time that should have come', (text, time) =>
    expect(times(text).passed).toContainEqual(time),
  );

  it('another day: nothing today', () => {
    const read = times('the call is at 11:00 next tuesday, before noon');
    expect(read.deadlines).toEqual([]);
    expect(read.appointments).toEqual([]);
    expect(read.passed).toEqual([]);
  });

  it('no time at all: empty facts, a fresh object each time', () => {
    const first = times('merci pour tout');
    first.deadlines.push(at('10:00'));
    first.appointments.push(at('10:00'));
    first.passed.push(at('10:00'));
    const again = times('merci pour tout');
    expect([again.deadlines, again.appointments, again.passed]).toEqual([[], [], []]);
    expect(again).toMatchObject({ clock: null, soon: false, today: false, todayDeadline: false });
  });

  it('"not before 3" is no deadline', () =>
    expect(times("i won't be in before 3pm").deadlines).toEqual([]));
});

describe('weighing a time against the clock', () => {
  const now = minutes('10:00');

  it('"soon" weighs 2 whatever the clock', () => {
    expect(timeWeight(facts({ soon: true }), now)).toBe(2);
    expect(timeWeight(facts({ soon: true }), null)).toBe(2);
  });

  it('without a clock, a deadline or a deadline today is close; today alone weighs 1', () => {
    expect(timeWeight(facts({ deadlines: [at('17:00')] }), null)).toBe(2);
    expect(timeWeight(facts({ todayDeadline: true }), null)).toBe(2);
    expect(timeWeight(facts({ today: true }), null)).toBe(1);
    expect(timeWeight(facts({ appointments: [at('11:00')] }), null)).toBe(0);
  });

  it('a deadline from now to four hours ahead weighs 2', () => {
    expect(timeWeight(facts({ deadlines: [at('10:00')] }), now)).toBe(2);
    expect(timeWeight(facts({ deadlines: [at('14:00')] }), now)).toBe(2);
    expect(timeWeight(facts({ deadlines: [at('14:01')] }), now)).toBe(0);
    expect(timeWeight(facts({ deadlines: [at('09:59')] }), now)).toBe(0);
  });

  it('an appointment from now to 75 minutes ahead weighs 2', () => {
    expect(timeWeight(facts({ appointments: [at('10:00')] }), now)).toBe(2);
    expect(timeWeight(facts({ appointments: [at('11:15')] }), now)).toBe(2);
    expect(timeWeight(facts({ appointments: [at('11:16')] }), now)).toBe(0);
  });

  it('a time on a 12-hour clock earlier today is read in the afternoon', () => {
    expect(timeWeight(facts({ appointments: [at('2:30', true)] }), minutes('14:05'))).toBe(2);
    expect(timeWeight(facts({ appointments: [at('2:30')] }), minutes('14:05'))).toBe(0);
    expect(timeWeight(facts({ deadlines: [at('2:00', true)] }), minutes('14:00'))).toBe(2);
  });

  it('a deadline tonight weighs 2 from noon, 1 before', () => {
    expect(timeWeight(facts({ todayDeadline: true }), minutes('12:00'))).toBe(2);
    expect(timeWeight(facts({ todayDeadline: true }), minutes('11:59'))).toBe(1);
  });

  it('late by up to 45 minutes weighs 1', () => {
    expect(timeWeight(facts({ passed: [at('10:00')] }), now)).toBe(1);
    expect(timeWeight(facts({ passed: [at('09:15')] }), now)).toBe(1);
    expect(timeWeight(facts({ passed: [at('09:14')] }), now)).toBe(0);
    expect(timeWeight(facts({ passed: [at('10:01')] }), now)).toBe(0);
  });

  it('late on a 12-hour clock: counted from the afternoon hour', () => {
    expect(timeWeight(facts({ passed: [at('2:00', true)] }), minutes('14:00'))).toBe(1);
    expect(timeWeight(facts({ passed: [at('2:00', true)] }), minutes('14:45'))).toBe(1);
    expect(timeWeight(facts({ passed: [at('2:00', true)] }), minutes('14:46'))).toBe(0);
    expect(timeWeight(facts({ passed: [at('2:00')] }), minutes('14:00'))).toBe(0);
  });

  it("the clock said in the message wins over the caller's", () =>
    expect(
      timeWeight(facts({ clock: minutes('16:30'), deadlines: [at('17:00')] }), minutes('08:00')),
    ).toBe(2));

  it('nothing else: today weighs 1, no time 0', () => {
    expect(timeWeight(facts({ today: true }), now)).toBe(1);
    expect(timeWeight(facts({}), now)).toBe(0);
  });
});

// What the second mutation run (deadlines.ts and urgency.ts alone) found still untested.
describe('reading a time: the edges left', () => {
  it.each([
    ['my exam is at 1', [at('1:00', true)]],
    ['my exam is at 0', []],
  ])('%s: a bare hour is one to twelve', (text, read) =>
    expect(times(text).appointments).toEqual(read),
  );

  it('a minute 59 is a time', () =>
    expect(times('the call is at 10:59').appointments).toEqual([at('10:59', true)]));

  it.each([
    ['the call is at 0:30', at('0:30')],
    ['the call is at 1:30', at('1:30', true)],
    ['the call is at 12:30', at('12:30', true)],
    ['rdv à 11 h', at('11:00')],
  ])('%s: a 12-hour clock only from 1 to 12, and never in French', (text, time) =>
    expect(times(text).appointments).toEqual([time]),
  );

  it('a deadline said with "à" is not also an appointment', () => {
    const read = times('à rendre au plus tard à 17h');
    expect(read.deadlines).toEqual([at('17:00')]);
    expect(read.appointments).toEqual([]);
  });

  it.each([
    'the exam is at half 9: room b',
    'the exam is at half 9. good luck',
    'the exam is at half 9 2nite',
  ])('%s: "half 9" before a colon, a full stop or a number is still half past nine', (text) =>
    expect(times(text).appointments).toEqual([at('9:30', true)]),
  );

  it.each([
    // "pas avant 15h" is after 15h, not "c'est 15h".
    ["le rdv c'est pas avant 15h", 'appointments'],
    // Away tomorrow: the call at 4 is tomorrow's too.
    ['busy tomorrow until 3, the call is at 4pm', 'appointments'],
    ['i have to get up tomorrow before 7, my train is at 8:30', 'appointments'],
  ] as const)('%s: no time today', (text, kind) => expect(times(text)[kind]).toEqual([]));

  it.each([
    ['ça ferme à minuit', at('24:00')],
    ['the shop will close at midnight', at('24:00')],
    ['the shop closes midnight', at('24:00')],
    ['we shut at midnight', at('24:00')],
    ['it has to end at midnight', at('24:00')],
    ['ça se termine à minuit', at('24:00')],
    ['la vente se termine à midi', at('12:00')],
  ])('%s: a deadline at midnight or noon', (text, time) =>
    expect(times(text).deadlines).toEqual([time]),
  );

  it.each(['à rendre demain avant minuit', 'avant midi demain'])(
    '%s: another day, no deadline today',
    (text) => expect(times(text).deadlines).toEqual([]),
  );

  it('"jusqu\'à midi" is noon, as "jusqu\'à 12h" is, and the end of the day', () => {
    const read = times("tu peux me répondre jusqu'à midi ?");
    expect(read.appointments).toEqual([at('12:00')]);
    expect(read.todayDeadline).toBe(true);
  });

  it('"it is 11.20" with one time on a 24-hour clock far ahead is the evening', () =>
    expect(times("it's 11:20, the call is at 11:45 and it's due before midnight").clock).toBe(
      minutes('23:20'),
    ));

  it('"it is 12:00" before midnight stays noon: twelve hours ahead is not more', () =>
    expect(times("it's 12:00, it's due before midnight").clock).toBe(minutes('12:00')));

  it('"dans la journée" is today, not another day', () =>
    expect(times('je dois le finir dans la journée, avant 17h').deadlines).toEqual([at('17:00')]));

  it('"again 10 minutes later" is no "in 10 minutes"', () =>
    expect(times('i tried again 10 minutes later').soon).toBe(false));

  it('every away, waking and duration in a sentence is read, not the first alone', () => {
    expect(times('busy until 3 and off until 5').deadlines).toEqual([]);
    expect(times('je me lève à 5h, mon mari se lève à 6h').appointments).toEqual([]);
    expect(times('i showered in 5 minutes and ate in 10 minutes').soon).toBe(false);
  });
});

describe('weighing a time: the edges left', () => {
  it('a time on a 12-hour clock said at that very hour is now, not in twelve hours', () =>
    expect(timeWeight(facts({ appointments: [at('10:00', true)] }), minutes('10:00'))).toBe(2));

  it('late on a 12-hour clock: not before the afternoon hour', () =>
    expect(timeWeight(facts({ passed: [at('2:00', true)] }), minutes('13:59'))).toBe(0));
});

// The one cheap look before the reading (ANY_TIME) let two of its lists' words through
// unread: "this evening" ([today]) and "mn" ([soon]).
describe('every word of a time gets past the first look', () => {
  it.each(['i need it this evening', 'i need it tonight'])('%s: today', (text) =>
    expect(times(text).today).toBe(true),
  );

  it('"dans quelques mn" is soon', () => expect(times('je pars dans quelques mn').soon).toBe(true));
});
