import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../src/logs/filter.js';
import { parseTime } from '../../src/logs/timestamps.js';

const endOf = (day: string) => parseTime(`${day}T23:59:59.999Z`);

describe('filter flags', () => {
  it.each(['2024-05-01', '01-05-2024', '01.05.2024'])('--until %s, a date alone, reaches the end of that day', (value) => {
    expect(parseFilter({ until: value }).filter.until).toBe(endOf('2024-05-01'));
  });

  it.each(['2024-05-01T10:00Z', '1714557600'])('--until %s, a moment, means that moment', (value) => {
    expect(parseFilter({ until: value }).filter.until).toBe(parseTime('2024-05-01T10:00:00Z'));
  });

  it('refuses --since after --until', () => {
    expect(parseFilter({ since: '2024-05-02', until: '2024-05-01' }).errors).toEqual(['--since "2024-05-02" is after --until "2024-05-01": no event can match']);
  });

  it('reads the statuses as admins word them', () => {
    expect(parseFilter({ status: 'Failed, skipped,succeeded,warn' }).filter.status).toEqual(['failure', 'skipped', 'success', 'warning']);
  });
});
