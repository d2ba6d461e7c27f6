using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Tests;

/// <summary>What the toolkit exports it imports back unchanged: a fresh Rome workspace's codebook (.qdc, .json) and project (.qdpx).</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempDir _dir = new("meic-focus-roundtrip");

    public void Dispose() => _dir.Dispose();

    private MeicResult Meic(string ws, params string[] args) => MeicProcess.Run(_dir.Path, ["--cluster", ws, .. args]);

    private string Rome(string name)
    {
        var ws = Path.Combine(_dir.Path, name);
        MeicProcess.Run(_dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);
        return ws;
    }

    private static string Codes(MeicResult list) =>
        string.Join("\n", JArray.Parse(list.Out).Select(c => $"{c["id"]}|{c["name"]}|{c["parent"]}|{c["description"]}").Order());

    [Theory]
    [InlineData("qdc")]
    [InlineData("json")]
    public void Should_import_its_own_codebook_export_back_unchanged(string ext)
    {
        var ws = Rome("rome-" + ext);
        var before = Meic(ws, "focus", "codebook", "list", "--json");
        before.ExitCode.ShouldBe(0, before.ToString());
        var file = Path.Combine(_dir.Path, "codebook." + ext);
        Meic(ws, "focus", "codebook", "export", file).ExitCode.ShouldBe(0);
        var again = Meic(ws, "focus", "codebook", "import", file);
        again.ExitCode.ShouldBe(0, again.ToString());
        Codes(Meic(ws, "focus", "codebook", "list", "--json")).ShouldBe(Codes(before));

        // Into a workspace of the same language: the list shows each code's name in the workspace's language.
        var fresh = Path.Combine(_dir.Path, "blank-" + ext);
        MeicProcess.Run(_dir.Path, "init", fresh, "--template", "blank", "--lang", "it").ExitCode.ShouldBe(0);
        var into = Meic(fresh, "focus", "codebook", "import", file);
        into.ExitCode.ShouldBe(0, into.ToString());
        JArray.Parse(Meic(fresh, "focus", "codebook", "list", "--json").Out).Select(c => c["name"]!.ToString()).Order()
            .ShouldBe(JArray.Parse(before.Out).Select(c => c["name"]!.ToString()).Order());
    }

    [Fact]
    public void Should_import_its_own_project_export_back()
    {
        var ws = Rome("rome-qdpx");
        var before = Meic(ws, "focus", "codebook", "list", "--json");
        var qdpx = Path.Combine(_dir.Path, "p.qdpx");
        Meic(ws, "focus", "export", "qdpx", qdpx).ExitCode.ShouldBe(0);
        var r = Meic(ws, "focus", "import", "qdpx", qdpx);
        r.ExitCode.ShouldBe(0, r.ToString());
        Codes(Meic(ws, "focus", "codebook", "list", "--json")).ShouldBe(Codes(before));
    }

    [Theory]
    [InlineData("guid=\"not-a-guid\"", "atteso un GUID")]
    [InlineData("isCodable=\"maybe\"", "atteso true o false")]
    public void Should_refuse_a_codebook_with_a_malformed_guid_or_is_codable(string attribute, string message)
    {
        var ws = Rome("rome-bad");
        var before = Meic(ws, "focus", "codebook", "list", "--json").Out;
        var code = attribute.StartsWith("guid") ? $"<Code {attribute} name=\"X\" isCodable=\"true\"/>" : $"<Code guid=\"0f8fad5b-d9cb-469f-a165-70867728950e\" name=\"X\" {attribute}/>";
        var file = _dir.Write("bad.qdc", $"<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"t\"><Codes>{code}</Codes></CodeBook>");
        var r = Meic(ws, "focus", "codebook", "import", file);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain(message);
        Meic(ws, "focus", "codebook", "list", "--json").Out.ShouldBe(before);
    }
}
