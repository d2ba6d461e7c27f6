using System.CommandLine;
using Meic.FocusGroups.Reports;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus report quotes [--code C] [--session S] --format md|docx [--out FILE]</c>. Quotes only people who
/// consented to quotation; the report, the terminal and --json say how many quotes were left out, whose and why.
/// </summary>
internal static class ReportQuotesCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var code = new Option<string?>("--code") { Description = s["opt.code"] };
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "md", Description = s["opt.format"] };
        var output = new Option<string?>("--out") { Description = s["opt.out"] };
        var command = new Command("quotes", s["cmd.report.quotes"]) { code, session, format, output };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var segments = new Analysis(fs).Segments(parse.GetValue(session));
            if (parse.GetValue(code) is { } c) { var id = fs.Code(c).Id; segments = segments.Where(x => x.Code.Id == id).ToList(); }
            var memos = fs.Memos.All().ToLookup(m => m.TargetId, m => m.Text);
            var report = QuotesReport.Build(segments, id => memos[id].ToList(), ctx.Vocabularies);
            var words = new QuotesReport.Words(s, ctx.Vocabularies);
            var fmt = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (fmt == "docx")
            {
                if (path is null) throw new InputException(s["refuse.docxOut"], "--out");
                QuotesReport.Docx(Path.GetFullPath(path), report, words);
            }
            else if (fmt == "md")
            {
                if (path is null)
                {
                    if (ctx.Json) ctx.WriteJson(new { codes = report.Codes.Select(r => new { code = r.Code, quotes = r.Quotes, leftOut = r.LeftOut }), quotesLeftOut = report.QuotesLeftOut, leftOut = LeftOut(report) });
                    else ctx.Out.Write(QuotesReport.Markdown(report, words));
                    return 0;
                }
                File.WriteAllText(Path.GetFullPath(path), QuotesReport.Markdown(report, words));
            }
            else throw Ui.OneOf(s, fmt, "--format", "md", "docx");
            if (ctx.Json)
                ctx.WriteJson(new { file = Path.GetFullPath(path), codes = report.Codes.Count, quotes = report.Codes.Sum(r => r.Quotes.Count), quotesLeftOut = report.QuotesLeftOut, leftOut = LeftOut(report) });
            else
            {
                Ui.Line(ctx, s["written", Path.GetFullPath(path)]);
                if (report.LeftOut.Count > 0)
                {
                    Ui.Line(ctx, words.LeftOutHeading(report) + ":");
                    foreach (var l in report.LeftOut) Ui.Line(ctx, "  " + words.Why(l));
                    Ui.Line(ctx, words.LeftOutCommand);
                    Ui.Line(ctx, words.LeftOutCommandLine);
                }
            }
            return 0;
        });
        return command;
    }

    private static object LeftOut(QuotesReport.Report report) =>
        report.LeftOut.Select(l => new { session = l.Session, speaker = l.Speaker, reason = l.Reason, purposes = l.Purposes, quotes = l.Quotes });
}
