using System.CommandLine;
using System.Diagnostics;
using Meic.Mapping.Domain;
using Meic.Mapping.Io;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map draw --out F.svg|png</c>: renders with Graphviz when installed; otherwise says how to get it.</summary>
internal static class DrawCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var output = new Option<string>("--out") { Required = true, Description = text["opt.drawOut"] };
        var layout = new Option<string>("--layout") { Description = text["opt.layout", "dot, neato, fdp, sfdp, circo, twopi"], DefaultValueFactory = _ => "sfdp" };
        layout.AcceptOnlyFromAmong("dot", "neato", "fdp", "sfdp", "circo", "twopi");
        var wave = new Option<string?>("--wave") { Description = text["opt.waveTies"] };
        var edgeLabels = new Option<bool>("--edge-labels") { Description = text["opt.edgeLabels"] };
        var cmd = new Command("draw", text["cmd.draw"]) { output, layout, wave, edgeLabels };
        cmd.SetAction(p =>
        {
            var path = Path.GetFullPath(p.GetValue(output)!);
            var ext = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            if (ext is not ("svg" or "png")) throw new InputException(text["err.drawExt"], "--out");
            var data = MapData.From(ctx);
            var ties = data.Ties.All().Where(t => p.GetValue(wave) is not { } w || t.Wave == w).ToList();
            var dot = DotWriter.Write(ActorGraph.Build(data.Actors.All(), ties), ties, DotLook.For(ctx, text, p.GetValue(edgeLabels)));
            var exe = FindOnPath("dot");
            if (exe is null)
            {
                ctx.Console.Write(new Spectre.Console.Text(text["draw.missing"] + "\n"));
                return 1;
            }
            var psi = new ProcessStartInfo(exe) { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-K" + p.GetValue(layout), "-T" + ext, "-o", path }) psi.ArgumentList.Add(a);
            using var proc = Process.Start(psi)!;
            proc.StandardInput.Write(dot);
            proc.StandardInput.Close();
            var err = proc.StandardError.ReadToEnd();
            proc.WaitForExit();
            if (proc.ExitCode != 0) throw new MeicException(text["err.graphviz", err.Trim()]);
            if (ctx.Json) ctx.WriteJson(new { file = path }); else Shared.Line(ctx, text["export.done", path]);
            return 0;
        });
        return cmd;
    }

    public static string? FindOnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe" } : new[] { name };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var n in names)
                if (File.Exists(Path.Combine(dir, n))) return Path.Combine(dir, n);
        return null;
    }
}
