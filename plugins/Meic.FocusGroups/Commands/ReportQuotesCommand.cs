using System.CommandLine;
using Meic.FocusGroups.Reports;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus report quotes [--code C] [--session S] --format md|docx [--out FILE]</c>.</summary>
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
            var report = QuotesReport.Build(segments, id => memos[id].ToList());
            var title = s["quotes.title"];
            var fmt = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (fmt == "docx")
            {
                if (path is null) throw new InputException(s["refuse.docxOut"], "--out");
                QuotesReport.Docx(Path.GetFullPath(path), title, report, s["quotes.source"], s["quotes.memo"]);
            }
            else if (fmt == "md")
            {
                var md = QuotesReport.Markdown(title, report, s["quotes.source"], s["quotes.memo"]);
                if (path is null) { if (ctx.Json) ctx.WriteJson(report.Select(r => new { code = r.Code, quotes = r.Quotes })); else ctx.Out.Write(md); return 0; }
                File.WriteAllText(Path.GetFullPath(path), md);
            }
            else throw Ui.OneOf(s, fmt, "--format", "md", "docx");
            if (ctx.Json) ctx.WriteJson(new { file = Path.GetFullPath(path), codes = report.Count, quotes = report.Sum(r => r.Quotes.Count) });
            else Ui.Line(ctx, s["written", Path.GetFullPath(path)]);
            return 0;
        });
        return command;
    }
}
