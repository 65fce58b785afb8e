import { parseAreaRef, type PlanCell, type ProductChart } from '../../core';
import { absoluteArea } from './renderWorksheet';
import { escapeXml, escapeXmlAttribute } from './xmlText';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWINGML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SHEET_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** the axes' ids inside a chart part: any two numbers, the same in every part */
const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

/**
 * The relationship id, in a drawing part's relationships, of its `index`th chart. The drawing is the
 * product's own, new on every write, so its ids are fixed and the parts read the same on every run.
 */
export const chartRelId = (index: number): string => `rId${index + 1}`;

function area(a1: string): { top: number; left: number; bottom: number; right: number } {
  const found = parseAreaRef(a1);
  if (!found) throw new Error(`a chart's area "${a1}" is not an A1 area`);
  return found;
}

/** the planned cells of one column, top to bottom, as the chart's cache shows them before any recalculation */
function columnValues(cells: readonly PlanCell[], a1: string): Array<PlanCell['value'] | undefined> {
  const { top, left, bottom, right } = area(a1);
  if (left !== right) throw new Error(`a chart's area "${a1}" is not one column`);
  const byRow = new Map(cells.filter((c) => c.col === left && c.row >= top && c.row <= bottom).map((c) => [c.row, c.value]));
  return Array.from({ length: bottom - top + 1 }, (_, i) => byRow.get(top + i));
}

const solid = (rgb: string): string => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

/** text properties: size in hundredths of a point */
const textProperties = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="262626"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;

/**
 * A product chart as a chart part: one clustered column series whose categories and values are
 * references to the sheet's cells, with the cells' planned values cached beside them, so a program that
 * does not recalculate (a viewer, a preview) draws the right bars, and one that does follows the cells.
 * Each bar has its own fill and outline; the value of each is printed on it and the status words label
 * the bars, so the chart reads without its colours. No legend: one series, and the labels say what each
 * bar is. No value axis: the printed values say it, and an axis of counts would show fractions.
 */
export function chartXml(chart: ProductChart, sheetName: string, cells: readonly PlanCell[]): string {
  const categories = columnValues(cells, chart.categories);
  const values = columnValues(cells, chart.values);
  if (categories.length !== values.length || chart.points.length !== values.length) {
    throw new Error(`a chart has ${categories.length} categories, ${values.length} values and ${chart.points.length} colours`);
  }
  const points = chart.points.map((p, i) =>
    `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(p.fill)}<a:ln w="12700">${solid(p.line)}</a:ln></c:spPr></c:dPt>`).join('');
  const strPoints = categories.map((v, i) => (v === undefined || v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join('');
  const numPoints = values.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const labels = `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(1000, true)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series = `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx><c:invertIfNegative val="0"/>${points}${labels}`
    + `<c:cat><c:strRef><c:f>${escapeXml(absoluteArea(sheetName, chart.categories))}</c:f><c:strCache><c:ptCount val="${categories.length}"/>${strPoints}</c:strCache></c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>${escapeXml(absoluteArea(sheetName, chart.values))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${numPoints}</c:numCache></c:numRef></c:val></c:ser>`;
  const categoryAxis = `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
    + `<c:spPr><a:ln w="9525">${solid('808080')}</a:ln></c:spPr>${textProperties(1000)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis = `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="1"/><c:axPos val="l"/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return `${DECLARATION}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELS_NS}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>${categoryAxis}${valueAxis}</c:plotArea>`
    + `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('D9D9D9')}</a:ln></c:spPr></c:chartSpace>`;
}

/**
 * A sheet's drawing part holding its charts, each anchored to the cells it covers (moving and sizing with
 * them), each chart named by relationship id (see chartRelId). The chart's title is its alternative text.
 */
export function drawingXml(charts: readonly ProductChart[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left, bottom, right } = area(chart.anchor);
    const corner = (tag: string, col: number, row: number): string => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return `<xdr:twoCellAnchor>${corner('from', left, top)}${corner('to', right + 1, bottom + 1)}`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeXmlAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${chartRelId(i)}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `${DECLARATION}<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELS_NS}">${anchors.join('')}</xdr:wsDr>`;
}
