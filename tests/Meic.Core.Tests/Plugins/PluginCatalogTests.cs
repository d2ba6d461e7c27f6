using System.Runtime.CompilerServices;
using Meic.Core.Plugins;
using Meic.Sdk.Plugins;
using Meic.Testing;

namespace Meic.Core.Tests.Plugins;

public sealed class PluginCatalogTests : IDisposable
{
    private readonly TempDir _dir = new("meic-plugins");
    private static readonly string[] Reserved = ["init", "status"];

    private PluginCatalog Discover(params string[] fixtures)
    {
        FixturePlugins.CopyTo(_dir.Path, fixtures);
        return PluginCatalog.Discover([_dir.Path], [], Reserved);
    }

    [Fact]
    public void Should_list_plugins_from_manifests_without_loading_code()
    {
        var catalog = Discover("Fixture.Good", "Fixture.Throws");

        catalog.Entries.Select(e => e.Status).ShouldAllBe(s => s == PluginStatus.Found);
        catalog.OwnerOf("hello")!.Id.ShouldBe("fixture.good");
        AppDomain.CurrentDomain.GetAssemblies().ShouldNotContain(a => a.GetName().Name == "Fixture.Good");
    }

    [Fact]
    public void Should_keep_an_opt_in_plugin_off_unless_the_workspace_enables_it()
    {
        FixturePlugins.CopyTo(_dir.Path, "Fixture.Good");
        var manifest = Directory.GetFiles(_dir.Path, "plugin.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"entry\"", "\"optIn\": true, \"entry\""));

        var elsewhere = PluginCatalog.Discover([_dir.Path], [], Reserved).Entries.Single();
        var enabled = PluginCatalog.Discover([_dir.Path], [], Reserved, enabled: ["fixture.good"]).Entries.Single();

        elsewhere.Status.ShouldBe(PluginStatus.Disabled);
        elsewhere.Reason!.ShouldContain("plugins.enabled");
        enabled.Status.ShouldBe(PluginStatus.Found);
    }

    [Fact]
    public void Should_load_a_good_plugin_and_its_registrations()
    {
        var catalog = Discover("Fixture.Good");
        var entry = catalog.Entries.Single();

        catalog.Load(entry).ShouldBeTrue();

        entry.Status.ShouldBe(PluginStatus.Loaded);
        entry.Registration!.Commands.Keys.ShouldBe(["hello"]);
        entry.Registration.Views.Keys.ShouldBe(["hello"]);
        entry.Registration.Collections.Single().Name.ShouldBe("greetings");
        entry.Registration.Migrations.Single().Version.ShouldBe(1);
    }

    [Fact]
    public void Should_report_a_plugin_that_throws_and_keep_the_others()
    {
        var catalog = Discover("Fixture.Good", "Fixture.Throws");
        catalog.LoadAll();

        var bad = catalog.Entries.Single(e => e.Id == "fixture.throws");
        bad.Status.ShouldBe(PluginStatus.Failed);
        bad.Reason!.ShouldContain("the fixture refuses to register");
        catalog.Entries.Single(e => e.Id == "fixture.good").Status.ShouldBe(PluginStatus.Loaded);
    }

    [Fact]
    public void Should_reject_a_plugin_built_for_a_newer_sdk()
    {
        var catalog = Discover("Fixture.NewerSdk");
        var entry = catalog.Entries.Single();

        entry.Status.ShouldBe(PluginStatus.Incompatible);
        entry.Reason!.ShouldContain(">=3.0");
        catalog.Load(entry).ShouldBeFalse();
    }

    [Fact]
    public void Should_report_a_plugin_with_a_missing_dependency()
    {
        var catalog = Discover("Fixture.MissingDep");
        var entry = catalog.Entries.Single();

        catalog.Load(entry).ShouldBeFalse();

        entry.Status.ShouldBe(PluginStatus.Failed);
        entry.Reason!.ShouldContain("missing dependency: Fixture.MissingLib");
    }

    [Fact]
    public void Should_report_a_broken_manifest_and_skip_it()
    {
        _dir.Write("Broken/plugin.json", "{ \"id\": ");
        var catalog = Discover("Fixture.Good");

        var broken = catalog.Entries.Single(e => e.Id == "Broken");
        broken.Status.ShouldBe(PluginStatus.Failed);
        broken.Reason!.ShouldContain("broken manifest");
        catalog.OwnerOf("hello").ShouldNotBeNull();
    }

    [Fact]
    public void Should_keep_the_higher_version_of_two_plugins_with_one_id()
    {
        FixturePlugins.CopyTo(_dir.Path, "Fixture.Good");
        var copy = Path.Combine(_dir.Path, "Fixture.Good.Old");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.GetFiles(Path.Combine(_dir.Path, "Fixture.Good"))) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(copy, "plugin.json"), File.ReadAllText(Path.Combine(copy, "plugin.json")).Replace("\"1.2.0\"", "\"1.0.0\""));

        var catalog = PluginCatalog.Discover([_dir.Path], [], Reserved);

        catalog.Entries.Single(e => e.Status == PluginStatus.Found).Manifest!.Version.ShouldBe(new Version(1, 2, 0));
        catalog.Entries.Single(e => e.Status == PluginStatus.Failed).Reason!.ShouldContain("duplicate id");
    }

    [Fact]
    public void Should_mark_a_plugin_disabled_in_the_configuration()
    {
        FixturePlugins.CopyTo(_dir.Path, "Fixture.Good");
        var catalog = PluginCatalog.Discover([_dir.Path], ["fixture.good"], Reserved);

        catalog.Entries.Single().Status.ShouldBe(PluginStatus.Disabled);
        catalog.OwnerOf("hello").ShouldBeNull();
    }

    [Fact]
    public void Should_share_the_sdk_types_with_the_host()
    {
        var catalog = Discover("Fixture.Good");
        catalog.Load(catalog.Entries.Single());

        var assembly = catalog.Entries.Single().Registration!.Commands["hello"].Method.DeclaringType!.Assembly;
        var sdk = assembly.GetReferencedAssemblies().Single(a => a.Name == "Meic.Sdk");
        System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(IMeicPlugin).Assembly)
            .ShouldBe(System.Runtime.Loader.AssemblyLoadContext.Default);
        sdk.Version.ShouldBe(typeof(IMeicPlugin).Assembly.GetName().Version);
    }

    [Fact]
    public void Should_really_unload_a_plugin()
    {
        var catalog = Discover("Fixture.Good");
        var weak = LoadAndUnload(catalog);

        for (var i = 0; weak.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        weak.IsAlive.ShouldBeFalse();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndUnload(PluginCatalog catalog)
    {
        var entry = catalog.Entries.Single();
        catalog.Load(entry);
        var weak = new WeakReference(entry.LoadContext);
        catalog.Unload(entry);
        return weak;
    }

    public void Dispose() => _dir.Dispose();
}
