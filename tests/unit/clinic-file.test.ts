import { describe, expect, it } from 'vitest';
import { parseClinicYaml } from '../../src/loaders/clinic-file';

describe('parseClinicYaml', () => {
  it('keeps decimals as written, so that 49.28270 still has five', () => {
    expect(parseClinicYaml('geo:\n  latitude: 49.28270\n  longitude: -123.1207\nname: A\n', 'content/clinic.yaml')).toEqual({
      geo: { latitude: '49.28270', longitude: '-123.1207' },
      name: 'A',
    });
  });
  it('stops with the line of a YAML mistake', () => {
    expect(() => parseClinicYaml('name: A\nname: B\n', 'content/clinic.yaml')).toThrow('content/clinic.yaml: line 2: "name" is written twice: keep one of them');
    expect(() => parseClinicYaml('- a\n- b\n', 'content/clinic.yaml')).toThrow('content/clinic.yaml: (file): must hold the clinic’s fields');
  });
});
