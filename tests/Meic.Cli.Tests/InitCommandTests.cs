using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempDir _dir = new("meic-cli");

    [Fact]
    public void Should_bootstrap_rome_and_show_its_summary()
    {
        var init = MeicProcess.Run(_dir.Path, "init", "rome", "--template", "rome");
        init.ExitCode.ShouldBe(0, init.ToString());
        File.Exists(_dir.File("rome/toolkit.json")).ShouldBeTrue();
        File.Exists(_dir.File("rome/cluster.db")).ShouldBeTrue();

        var status = MeicProcess.Run(_dir.File("rome"), "status", "--json");

        status.ExitCode.ShouldBe(0, status.ToString());
        var json = JObject.Parse(status.Out);
        json["city"]!.Value<string>().ShouldBe("Roma");
        json["language"]!.Value<string>().ShouldBe("it");
        json["promoter"]!.Value<string>().ShouldBe("CIES onlus");
        json["phase"]!.Value<string>().ShouldBe("activation");
        json["store"]!["kind"]!.Value<string>().ShouldBe("sqlite");
        json["counts"]!["actors"]!.Value<long>().ShouldBeGreaterThan(20);
        json["areas"]!.Select(a => a["mappedReference"]!.Value<int>()).ShouldBe([25, 19, 15, 20]);
    }

    [Fact]
    public void Should_speak_italian_for_rome_and_spanish_for_madrid()
    {
        MeicProcess.Run(_dir.Path, "init", "rome", "--template", "rome").ExitCode.ShouldBe(0);
        MeicProcess.Run(_dir.Path, "init", "madrid", "--template", "madrid").ExitCode.ShouldBe(0);

        MeicProcess.Run(_dir.File("rome"), "status").Out.ShouldContain("Promotore");
        MeicProcess.Run(_dir.File("madrid"), "status").Out.ShouldContain("Promotor ");
        MeicProcess.Run(_dir.File("madrid"), "status", "--lang", "en").Out.ShouldContain("Promoter");
    }

    [Fact]
    public void Should_refuse_to_overwrite_a_workspace()
    {
        MeicProcess.Run(_dir.Path, "init", "w", "--template", "rome").ExitCode.ShouldBe(0);
        var before = File.ReadAllBytes(_dir.File("w/cluster.db"));

        var again = MeicProcess.Run(_dir.Path, "init", "w", "--template", "madrid", "--lang", "en");

        again.ExitCode.ShouldBe(2);
        again.Err.ShouldContain("already holds a MEIC workspace");
        File.ReadAllBytes(_dir.File("w/cluster.db")).ShouldBe(before);
    }

    [Fact]
    public void Should_take_the_city_and_language_given()
    {
        MeicProcess.Run(_dir.Path, "init", "t", "--template", "blank", "--city", "Torino", "--lang", "it").ExitCode.ShouldBe(0);
        var json = JObject.Parse(MeicProcess.Run(_dir.File("t"), "status", "--json").Out);
        json["city"]!.Value<string>().ShouldBe("Torino");
        json["language"]!.Value<string>().ShouldBe("it");
    }

    [Fact]
    public void Should_reject_an_unknown_template_and_create_nothing()
    {
        var r = MeicProcess.Run(_dir.Path, "init", "x", "--template", "napoli");
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("unknown template 'napoli'");
        r.Err.ShouldContain("rome");
        Directory.Exists(_dir.File("x")).ShouldBeFalse();
    }

    [Fact]
    public void Should_reject_a_malformed_template_naming_the_file_and_leave_nothing()
    {
        var tpl = Directory.CreateDirectory(_dir.File("tpl")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "templates", "clusters", "rome"))) File.Copy(f, Path.Combine(tpl, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(tpl, "relationships.json"), "[ { \"source\": \"cies-onlus\", ");

        var r = MeicProcess.Run(_dir.Path, "init", "bad", "--template", tpl);

        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("relationships.json");
        r.Err.ShouldNotContain("   at ");
        Directory.Exists(_dir.File("bad")).ShouldBeFalse();
    }

    public void Dispose() => _dir.Dispose();
}
