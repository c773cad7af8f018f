import { describe, expect, it } from 'vitest';
import { ecbFile } from '../../../test/fixtures';
import { convert } from './convert';
import { mergeHistories, parseEcbXml, RateFileError } from './ecb-xml';
import { createHistorySource } from './rate-source';

const daily = ecbFile('eurofxref-daily-2022-07-08.xml');
const hist = ecbFile('eurofxref-hist-2017-02-27-to-03-03.xml');

describe('parseEcbXml', () => {
  it('reads the real daily file (single quotes, tabs)', () => {
    const h = parseEcbXml(daily);
    expect(h.base).toBe('EUR');
    expect(h.days).toEqual(['2022-07-08']);
    expect(h.series.USD).toEqual([1.0163]);
    expect(h.series.CNY).toEqual([6.8095]);
    expect(Object.keys(h.series)).toHaveLength(31);
  });

  it('reads the real 90-day history file (double quotes, one line a day) in date order', () => {
    const h = parseEcbXml(hist);
    expect(h.days).toEqual(['2017-02-27', '2017-02-28', '2017-03-01', '2017-03-02', '2017-03-03']);
    expect(h.series.CNY![4]).toBe(7.2872);
  });

  it('converts exactly as the published rates say, across two currencies through the euro', () => {
    const source = createHistorySource(parseEcbXml(hist, 'ECB'));
    const r = convert({ amount: 1, currency: 'USD' }, 'CNY', '2017-03-03', [source])!;
    expect(r.rate).toBeCloseTo(7.2872 / 1.0565, 12);
    expect(r.rate.toFixed(4)).toBe('6.8975');
    // Saturday 2017-03-04 and Sunday use Friday's rates.
    expect(convert({ amount: 1, currency: 'USD' }, 'CNY', '2017-03-05', [source])!.rateDate).toBe('2017-03-03');
  });

  it('rejects damaged files whole', () => {
    const cases: [string, string][] = [
      ['truncated', hist.slice(0, hist.length / 2)],
      ['empty', ''],
      ['html error page', '<html><body>502 Bad Gateway</body></html>'],
      ['no days', '<gesmes:Envelope><Cube></Cube></gesmes:Envelope>'],
      ['bad rate', daily.replace("rate='1.0163'", "rate='0'")],
      ['missing dollar', daily.replace("<Cube currency='USD' rate='1.0163'/>", '')],
      ['impossible date', daily.replace('2022-07-08', '2022-13-45')],
      ['duplicate day', hist.replace('2017-03-02', '2017-03-03')],
    ];
    for (const [name, xml] of cases) expect(() => parseEcbXml(xml), name).toThrow(RateFileError);
  });

  it('refuses a file with an implausible rate or move, naming it', () => {
    const cases: [string, string, RegExp][] = [
      ['a dollar at 1000 per euro', daily.replace("rate='1.0163'", "rate='1000'"), /USD = 1000 per EUR on 2022-07-08 is not a plausible rate/],
      ['a rate of 1e-303', daily.replace("rate='6.8095'", `rate='0.${'0'.repeat(302)}1'`), /CNY = 1e-303 per EUR/],
      ['a rate past any currency', daily.replace("rate='6.8095'", `rate='${'9'.repeat(400)}'`), /bad CNY rate on 2022-07-08/],
      ['a dollar that doubles overnight', hist.replace('<Cube currency="USD" rate="1.0565"/>', '<Cube currency="USD" rate="2.1130"/>'), /USD moves from 1\.\d+ to 2\.113 per EUR by 2017-03-03/],
    ];
    for (const [name, xml, why] of cases) {
      expect(xml, name).not.toBe(name.includes('doubles') ? hist : daily);
      expect(() => parseEcbXml(xml), name).toThrow(why);
    }
  });

  it('reads no rate written inside a comment or a CDATA section', () => {
    const hidden = daily
      .replace("<Cube currency='USD' rate='1.0163'/>", "<!-- <Cube currency='USD' rate='1.5000'/> --><Cube currency='USD' rate='1.0163'/><![CDATA[<Cube currency='EUR' rate='7'/>]]>")
      .replace("<Cube currency='JPY'", "<!-- old: <Cube currency='USD' rate='1.2'/> -->\n<Cube currency='JPY'");
    const h = parseEcbXml(hidden);
    expect(h.series.USD).toEqual([1.0163]);
    expect(h.series.EUR).toBeUndefined();
    // An unclosed comment hides the rest: the dollar it hides is missing, so the file is refused.
    expect(() => parseEcbXml(daily.replace("<Cube currency='USD'", "<!-- <Cube currency='USD'"))).toThrow(RateFileError);
  });

  it('merges the daily file into a history, newer values winning', () => {
    const merged = mergeHistories(parseEcbXml(hist), parseEcbXml(daily));
    expect(merged.days).toHaveLength(6);
    expect(merged.days.at(-1)).toBe('2022-07-08');
    expect(merged.series.USD!.at(-1)).toBe(1.0163);
    expect(merged.series.USD![0]).toBe(1.0587);
  });
});
