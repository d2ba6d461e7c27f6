using Meic.Cli.Tui.Setup;
using Meic.Core.Hosting;
using Meic.Core.Setup;
using Meic.Core.Templates;
using Meic.Testing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace Meic.Cli.Tests;

/// <summary>The setup wizard, headless: its views driven by keys and commands, laid out by Terminal.Gui's own driver.</summary>
public sealed class SetupWizardTests : IDisposable
{
    private readonly TempDir _dir = new("meic-wizard");

    private static ClusterTemplate Load(string name, Meic.Sdk.Text.Strings _) =>
        ClusterTemplate.Load(Path.Combine(Repo.Root, "templates", "clusters", name));

    private SetupWizardView Open(string language = "it", string template = "blank")
    {
        var view = new SetupWizardView(new ClusterSetup { Directory = _dir.File("torino"), Template = template }, HostStrings.Load(language), Load);
        view.Wizard.BeginInit();
        view.Wizard.EndInit();
        return view;
    }

    [Fact]
    public void Should_collect_a_blank_city_step_by_step_and_show_the_equivalent_command()
    {
        using var view = Open();
        view.Wizard.CurrentStep.ShouldBe(view.TemplateStep);
        view.TemplateList.SelectedItem.ShouldBe(2); // blank, as asked

        view.Wizard.GoNext().ShouldBeTrue();
        view.Wizard.CurrentStep.ShouldBe(view.PlaceStep);
        view.CountryField.Text.ShouldBe("IT"); // from the language
        view.TimeZoneField.Text.ShouldBe("Europe/Rome"); // from the country
        view.StepIsRight(view.PlaceStep).ShouldBeFalse(); // a blank template has no city
        view.Problems.Single().Message.ShouldBe("indica il nome della città.");
        view.CityField.Text = "Torino";
        view.StepIsRight(view.PlaceStep).ShouldBeTrue();

        view.Wizard.GoNext().ShouldBeTrue();
        view.NameField.Text.ShouldBe("Cluster MEIC di Torino");
        view.PromoterField.Text = "Comune di Torino";
        view.Wizard.GoNext().ShouldBeTrue();

        view.Wizard.CurrentStep.ShouldBe(view.AreasStep);
        view.AreaList.Source!.Count.ShouldBe(4);
        view.AreaIdField.Text = "";
        view.AreaLabelFields["it"].Text = "Salute";
        view.AreaLabelFields["es"].Text = "Salud";
        view.AreaLabelFields["en"].Text = "";
        view.AddArea();
        view.AreaList.Source!.Count.ShouldBe(5);
        view.Wizard.GoNext().ShouldBeTrue();

        view.Wizard.CurrentStep.ShouldBe(view.ConfirmStep);
        var shown = view.CommandView.Text.Replace(" \\" + Environment.NewLine + "    ", " ");
        shown.ShouldContain("meic init");
        shown.ShouldContain("--template blank --lang it --city Torino --country IT --timezone Europe/Rome --name 'Cluster MEIC di Torino' --promoter 'Comune di Torino'");
        shown.ShouldContain("meic cluster areas add salute --label it=Salute --label es=Salud");
        view.CommandView.Text.Split(Environment.NewLine).ShouldAllBe(line => line.Length <= 76); // fits at 80 columns

        view.Wizard.NextFinishButton.InvokeCommand(Command.Accept);
        view.Accepted.ShouldBeTrue();
        Directory.Exists(_dir.File("torino")).ShouldBeFalse(); // the wizard itself writes nothing
    }

    [Fact]
    public void Should_not_move_on_while_a_step_is_wrong_and_say_why_in_spanish()
    {
        using var view = Open("es");
        view.Wizard.GoNext();
        view.TimeZoneField.Text = "Europa/Madrid";
        view.CityField.Text = "Zaragoza";

        view.Wizard.NextFinishButton.InvokeCommand(Command.Accept);

        view.Wizard.CurrentStep.ShouldBe(view.PlaceStep);
        view.Problems.Single().Message.ShouldContain("zona horaria desconocida 'Europa/Madrid'");
        view.Accepted.ShouldBeFalse();
    }

    [Fact]
    public void Should_offer_the_templates_actors_as_promoter_and_follow_the_country_for_the_time_zone()
    {
        using var view = Open("en", "madrid");
        view.Wizard.GoNext();
        view.CityField.Text.ShouldBe("Madrid");
        view.TimeZoneField.Text.ShouldBe("Europe/Madrid");
        view.CountryField.Text = "Portugal";
        view.TimeZoneField.Text.ShouldBe("Europe/Lisbon"); // untouched, so it follows the country
        view.TimeZoneField.Text = "Atlantic/Azores";
        view.CountryField.Text = "ES";
        view.TimeZoneField.Text.ShouldBe("Atlantic/Azores"); // typed by the person: kept

        view.Wizard.GoNext();
        view.PromoterField.Text.ShouldBe("Guaranì ONG");
        view.ActorList.Source!.Count.ShouldBeGreaterThan(1);
        view.ActorList.SelectedItem = 0;
        view.ActorList.MoveDown();
        view.PromoterField.Text.ShouldNotBe("Guaranì ONG");
    }

    [Fact]
    public void Should_cancel_on_escape_without_accepting()
    {
        using var view = Open();
        view.Wizard.NewKeyDownEvent(Key.Esc);
        view.Accepted.ShouldBeFalse();
        Directory.Exists(_dir.File("torino")).ShouldBeFalse();
    }

    [Fact]
    public void Should_lay_out_every_step_within_80_by_24_with_the_test_driver()
    {
        using var app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(80, 24);
        using var view = Open();
        var token = app.Begin(view.Wizard);
        view.CityField.Text = "Torino";
        foreach (var step in new[] { view.TemplateStep, view.PlaceStep, view.IdentityStep, view.AreasStep, view.ConfirmStep })
        {
            view.Wizard.GoToStep(step);
            app.LayoutAndDraw(true);
            view.Wizard.Frame.Width.ShouldBeLessThanOrEqualTo(80);
            view.Wizard.Frame.Height.ShouldBeLessThanOrEqualTo(24);
            foreach (var sub in step.SubViews.Where(v => v.Visible))
                (sub.Frame.Bottom <= step.Viewport.Height).ShouldBeTrue($"{sub.GetType().Name} '{sub.Text}' falls below the step '{step.Title}'");
        }
        app.End(token!);
    }

    public void Dispose() => _dir.Dispose();
}
