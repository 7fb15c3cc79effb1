import { describe, expect, it } from 'vitest';
import { fastSuccess } from '../../src/logs/fast-path.js';
import { analyse } from './helpers.js';

// Graph documents servicePrincipal as a collection: a success written that way must
// name its app as the full parser names a failure written the same way.

function record(status: 'success' | 'failure', servicePrincipal: string): string {
  const info = status === 'success' ? '{"status":"success","errorInformation":null}' : '{"status":"failure","errorInformation":{"errorCode":"EntryConflict","reason":"conflict"}}';
  return `{"id":"e1","activityDateTime":"2024-05-01T10:00:00Z","jobId":"scim.x","cycleId":"cyc-1","changeId":"chg-${status}","provisioningAction":"create","provisioningStatusInfo":${info},"provisioningSteps":[],"servicePrincipal":${servicePrincipal},"sourceIdentity":{"id":"u1","displayName":"Ann Lee","identityType":"User"}}`;
}

const page = (sp: string) => `{"value":[${record('success', sp)},${record('failure', sp)}]}`;

describe('fast path for successes', () => {
  it.each([
    ['an object', '{"id":"sp1","displayName":"Contoso HR"}'],
    ['an array (a collection, as Graph documents it)', '[{"id":"sp1","displayName":"Contoso HR"}]'],
  ])('servicePrincipal as %s: successes and failures name the same app, and --app keeps both', (_label, sp) => {
    expect(analyse({ 'page.json': page(sp) }).summary.byApp).toEqual({ 'Contoso HR': 2 });
    expect(analyse({ 'page.json': page(sp) }, { filter: { app: 'contoso' } }).summary.records).toBe(2);
  });

  it('takes the first element of the array, and leaves unusual spellings to the full parser', () => {
    expect(fastSuccess(record('success', '[{"id":"sp1","displayName":"Contoso HR"},{"id":"sp2","displayName":"Other"}]'))?.event.app).toEqual({ id: 'sp1', name: 'Contoso HR' });
    expect(fastSuccess(record('success', '[]'))).toBeNull();
    expect(fastSuccess(record('success', '[ {"id":"sp1","displayName":"Contoso HR"}]'))).toBeNull();
    expect(fastSuccess(record('success', 'null'))?.event.app).toBeUndefined();
    expect(analyse({ 'page.json': page('[]') }).summary.byApp).toEqual({ '(not given)': 2 });
  });
});

describe('the app of an event', () => {
  it('is the service principal display name whether the event took the fast path (success) or not', () => {
    const sp = { id: 'sp-1', displayName: 'Contoso HR', name: 'contoso-hr-internal' };
    const base = { activityDateTime: '2024-05-01T10:00:00Z', provisioningAction: 'create', servicePrincipal: sp, sourceIdentity: { id: 'a', displayName: 'Ann' } };
    const events = [
      { ...base, id: '1', provisioningStatusInfo: { status: 'success' } },
      { ...base, id: '2', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict' } } },
    ];
    expect(analyse({ 'p.json': JSON.stringify(events) }).summary.byApp).toEqual({ 'Contoso HR': 2 });
  });
});

describe('a key written twice (L1)', () => {
  it('is read as JSON.parse reads it (the last one), whichever path the record takes', () => {
    const twice = '[{"activityDateTime":"2024-05-01T10:00:00Z","changeId":"c1","provisioningAction":"create","provisioningStatusInfo":{"status":"success"},"provisioningStatusInfo":{"status":"failure","errorInformation":{"errorCode":"EntryConflict"}},"sourceIdentity":{"id":"u1"}}]';
    // --identity turns the fast path off.
    for (const filter of [{}, { identity: 'u1' }]) {
      expect(analyse({ 'dup.json': twice }, { filter }).summary.byStatus, JSON.stringify(filter)).toMatchObject({ success: 0, failure: 1 });
    }
    // A success written twice is read by either path as the one it is.
    const successLast = twice.replace('{"status":"success"}', '{"status":"failure"}').replace(/"status":"failure","errorInformation"/, '"status":"success","errorInformation"');
    expect(analyse({ 'dup.json': successLast }).summary.byStatus).toMatchObject({ success: 1, failure: 0 });
  });
});
