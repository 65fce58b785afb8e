import { OrderedOutput } from './orderedOutput';

describe('OrderedOutput', () => {
  it('writes the head file as it comes and holds later files until their turn', () => {
    const written: string[] = [];
    const out = new OrderedOutput((t) => written.push(t), '\n');
    out.text(1, 'b1');
    out.text(0, 'a1');
    out.text(2, 'c1');
    expect(written).toEqual(['a1']);
    out.done(2);
    out.text(0, 'a2');
    expect(written).toEqual(['a1', 'a2']);
    out.text(1, 'b2');
    out.done(0);
    expect(written).toEqual(['a1', 'a2', '\n', 'b1', 'b2']);
    out.text(1, 'b3');
    out.done(1);
    expect(written.join('')).toBe('a1a2\nb1b2b3\nc1\n');
  });
});
