import { SaxesParser } from 'saxes';

/** An element of a parsed part: its qualified name, namespace, attributes, text and children. */
export interface XmlElement {
  readonly name: string;
  readonly uri: string;
  readonly attributes: Record<string, string>;
  text: string;
  readonly children: XmlElement[];
}

/**
 * Test helper: a part's XML as a tree, parsed with namespaces by saxes, so it throws on XML that is not
 * well-formed or uses a prefix it never declares.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      uri: tag.uri ?? '',
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      text: '',
      children: [],
    };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** every element below (and including) `element` with this qualified name, in document order */
export function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = element.name === name ? [element] : [];
  for (const child of element.children) found.push(...all(child, name));
  return found;
}

/** the one element with this name under `element`; throws when there is not exactly one */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`${found.length} <${name}> elements, not one`);
  return found[0]!;
}
