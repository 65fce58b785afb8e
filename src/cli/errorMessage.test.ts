import { runInNewContext } from 'node:vm';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it.each<[string, unknown, string]>([
    ['an error: its message', new TypeError('bad path'), 'bad path'],
    ['an error of another realm: its message too', runInNewContext('new RangeError("too far")'), 'too far'],
    ['a subclass of Error', new (class Failure extends Error {})('no space'), 'no space'],
    ['a string thrown', 'oops', 'oops'],
    ['an object that only looks like an error: said as a string', { message: 'fake' }, '[object Object]'],
    ['nothing', undefined, 'undefined'],
  ])('%s', (_what, error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});
