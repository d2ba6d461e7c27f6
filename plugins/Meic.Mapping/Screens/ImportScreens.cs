using System.Globalization;
using System.Text;
using Meic.Mapping.Domain;
using Meic.Sdk.Screens;
using Meic.Sdk.Tables;

namespace Meic.Mapping.Screens;

/// <summary>
/// Importing actors or ties in the application, as <c>meic map import</c> does: a form asks for the file and the
/// column choices, a preview shows what every column maps to, the rows to create, update or refuse and the probable
/// duplicates, and only then, asked, the import is written — all of it or nothing.
/// </summary>
internal sealed class ImportScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new ImportScreens(screen).Form(null);

    /// <summary>The form, filled with <paramref name="again"/>'s choices when the user comes back to change them.</summary>
    public FormScreen Form(MapImportRequest? again) => new()
    {
        Title = _w["ui.import.title"],
        Help = _w["ui.import.help"],
        Fields =
        [
            new FormField
            {
                Id = "what", Label = _w["ui.import.what"], Kind = FieldKind.Choice, Required = true, Value = again?.Kind ?? "actors",
                Choices = [new Choice("actors", _w["ui.import.actors"]), new Choice("ties", _w["ui.import.ties"])],
            },
            new FormField
            {
                Id = "file", Label = _w["ui.import.file"], Required = true, Value = again?.Path ?? "", Hint = _w["ui.import.fileHint"],
                Check = path => File.Exists(Path.GetFullPath(path.Trim(), screen.Meic.WorkspaceDirectory)) ? null : _w["ui.import.noFile", path.Trim()],
            },
            new FormField { Id = "map", Label = _w["ui.import.map"], Value = string.Join(", ", again?.Maps ?? []), Hint = _w["ui.import.mapHint"] },
            new FormField { Id = "ignore", Label = _w["ui.import.ignore"], Value = string.Join(", ", again?.Ignores ?? []), Hint = _w["ui.import.ignoreHint"] },
            new FormField { Id = "merge", Label = _w["ui.import.merge"], Kind = FieldKind.Flag, Value = again?.MergeDuplicates == true ? "true" : "false" },
            new FormField { Id = "separator", Label = _w["ui.import.separator"], Value = again?.Separator ?? "", Hint = _w["ui.import.separatorHint"] },
        ],
        CommandFor = v => Command(Request(v), dryRun: true),
        // Nothing is written here: the plan is shown, and written from the preview when the user says so.
        Save = v => FormResult.Then(Preview(MapImport.Plan(screen.Meic, Request(v)))),
    };

    private MapImportRequest Request(FormValues v) =>
        new(v.Choice("what") ?? "actors", v.Text("file") is { } file ? Path.GetFullPath(file, screen.Meic.WorkspaceDirectory) : _w["ui.import.filePlaceholder"],
            List(v["map"]), List(v["ignore"]), v.Flag("merge"), v.Text("separator"));

    private static string[] List(string text) => text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Command(MapImportRequest r, bool dryRun)
    {
        var line = new CommandLine("map", "import", r.Kind).Arg(r.Path);
        foreach (var m in r.Maps) line.Opt("--map", m);
        foreach (var i in r.Ignores) line.Opt("--ignore", i);
        return line.Flag("--merge-duplicates", r.MergeDuplicates).Opt("--separator", r.Separator).Flag("--dry-run", dryRun);
    }

    /// <summary>What the import would do; <c>i</c> writes it (after asking), <c>c</c> goes back to the choices.</summary>
    public TextScreen Preview(MapImport plan) => new()
    {
        Title = _w["ui.import.previewTitle", Path.GetFileName(plan.Request.Path)],
        Command = Command(plan.Request, dryRun: true),
        Help = _w["ui.import.previewHelp"],
        Text = () => Describe(plan.Report, plan.Writable, plan.Request.Kind),
        Actions =
        [
            new ScreenAction
            {
                Key = "i", Label = _w["ui.import.write"], Command = _ => Command(plan.Request, dryRun: false),
                Run = (s, _) =>
                {
                    if (!plan.Writable) { s.Tell(_w["import.nothing"]); return; }
                    if (plan.Report.Written) { s.Tell(_w["ui.import.already", plan.Report.ImportId]); return; }
                    if (!s.Confirm(_w["ui.import.confirm", plan.Report.Created, plan.Report.Updated, plan.Report.Merged])) return;
                    var done = plan.Write();
                    s.Tell(done.Written ? _w["import.written", done.ImportId] : _w["import.nothingToDo"]);
                },
            },
            ScreenAction.Opens("c", _w["ui.import.change"], _ => Form(plan.Request), _ => Command(plan.Request, dryRun: true)),
        ],
    };

    private const int ShownRows = 200;

    private string Describe(ImportReport r, bool writable, string kind)
    {
        var o = new StringBuilder();
        o.AppendLine(r.Summary(_w.Text));
        o.AppendLine(r.Written ? _w["import.written", r.ImportId] : writable ? _w["ui.import.ready"] : _w["import.nothing"]);
        o.AppendLine();
        o.AppendLine(_w["ui.import.columns"]);
        foreach (var c in r.Columns)
            o.AppendLine($"  {c.Header,-24} → {(c.Field is null ? "—" : ImportSchemas.FieldLabel(kind, c.Field, _w.Language)),-14} {ColumnMapping.Describe(c, _w.Language)}");
        // The refused rows first, then every row that is not a plain creation: what needs a look.
        var notable = r.Rows.Where(x => x.Action != "create" || x.Message is not null).OrderBy(x => x.Action == "reject" ? 0 : 1).Take(ShownRows).ToList();
        if (notable.Count > 0)
        {
            o.AppendLine();
            o.AppendLine(_w["ui.import.rows"]);
            foreach (var x in notable)
                o.AppendLine($"  {_w["col.line"]} {x.Line.ToString(CultureInfo.InvariantCulture)}: {_w["import.action." + x.Action]} — {x.Name}" + (x.Message is { } m ? $" ({m})" : ""));
        }
        if (r.Duplicates.Count > 0)
        {
            o.AppendLine();
            o.AppendLine(_w["ui.import.duplicates"]);
            foreach (var d in r.Duplicates.Take(ShownRows))
                o.AppendLine("  " + _w[d.Merged ? "import.dup.merged" : "import.dup.kept", d.Line, d.Name, d.OtherName, d.OtherId,
                    d.OtherLine is { } l ? _w["import.dup.row", l] : _w["import.dup.stored"], d.Why]);
        }
        return o.ToString();
    }
}
