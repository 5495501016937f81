import { describe, expect, it } from 'vitest';
import { bookingPathRules, speculationRulesText } from '../../src/lib/routes/speculation';

describe('speculation rules', () => {
  it('prefetch on intent the service pages and the booking hub, nothing else', () => {
    const [rule, ...others] = bookingPathRules().prefetch;
    expect(others).toEqual([]);
    expect(rule!.eagerness).toBe('moderate');
    const patterns = rule!.where.or.map((w) => new URLPattern({ pathname: w.href_matches }));
    const matches = (path: string) => patterns.some((p) => p.test({ pathname: path }));
    expect(['/services/therapeutic-massage/', '/services/', '/book/'].filter(matches)).toHaveLength(3);
    expect(['/articles/x/', '/therapists/maya/', '/book/x/', '/', '/contact/'].filter(matches)).toEqual([]);
  });
  it('is JSON that cannot close its element', () => {
    const text = speculationRulesText({ prefetch: [{ source: 'document', where: { or: [{ href_matches: '</script><script>alert(1)' }] }, eagerness: 'moderate' }] });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).prefetch[0].where.or[0].href_matches).toBe('</script><script>alert(1)');
  });
});
