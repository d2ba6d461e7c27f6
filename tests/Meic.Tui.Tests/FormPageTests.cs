using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Store;
using Meic.Tui.Pages;
using Meic.Tui.Screens;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Meic.Tui.Tests;

/// <summary>A form in the shell: typing, problems beside the fields, Esc cancelling, Save writing one transaction.</summary>
public sealed class FormPageTests
{
    private static FormPage OpenSettings(ShellHarness shell)
    {
        shell.Shell.Navigate("settings", () => ClusterSettingsScreen.Create(shell.Shell.Host));
        shell.Draw();
        return shell.Shell.Current.ShouldBeOfType<FormPage>();
    }

    private static void Retype(ShellHarness shell, FormPage form, string field, string text)
    {
        var editor = (TextField)form.EditorOf(field);
        editor.SetFocus();
        editor.Text = "";
        shell.Type(text);
    }

    [Fact]
    public void Should_show_a_problem_beside_the_field_in_italian_when_the_user_leaves_it()
    {
        using var shell = new ShellHarness();
        var form = OpenSettings(shell);
        Retype(shell, form, "timezone", "Europa/Roma");
        form.NoteOf("timezone").ShouldBe("Europe/Rome"); // the hint, until the user leaves the field

        shell.Press(Key.Tab);

        form.NoteOf("timezone").ShouldStartWith("fuso orario sconosciuto 'Europa/Roma'");
        shell.Screen.ShouldContain("fuso orario sconosciuto");
    }

    [Fact]
    public void Should_show_the_equivalent_command_as_the_user_types()
    {
        using var shell = new ShellHarness();
        var form = OpenSettings(shell);
        shell.Shell.CommandLine.Text.ShouldBe("$ meic cluster show");
        Retype(shell, form, "name", "Cluster MEIC Roma Est");
        shell.Shell.CommandLine.Text.ShouldBe("$ meic cluster set name 'Cluster MEIC Roma Est'");
    }

    [Fact]
    public void Should_cancel_on_escape_without_writing_anything()
    {
        using var shell = new ShellHarness();
        var journal = shell.Context.Store.Journal.Count();
        var form = OpenSettings(shell);
        Retype(shell, form, "name", "Un altro nome");

        shell.Press(Key.Esc);

        shell.Shell.Pages.Count.ShouldBe(1);
        ShellTests.Cluster(shell).Name.ShouldBe("MEIC Roma – Cluster per l'integrazione economica dei migranti");
        shell.Context.Store.Journal.Count().ShouldBe(journal);
    }

    [Fact]
    public void Should_save_the_changed_settings_in_one_transaction_and_go_back()
    {
        using var shell = new ShellHarness();
        var journal = shell.Context.Store.Journal.Count();
        var form = OpenSettings(shell);
        Retype(shell, form, "name", "Cluster MEIC Roma Est");
        Retype(shell, form, "city", "Roma Capitale");

        shell.Press(Key.S.WithCtrl);

        shell.Dialogs.Told.ShouldBe(["Salvato."]);
        shell.Shell.Pages.Count.ShouldBe(1);
        var cluster = ShellTests.Cluster(shell);
        cluster.Name.ShouldBe("Cluster MEIC Roma Est");
        cluster.City.ShouldBe("Roma Capitale");
        var written = shell.Context.Store.Journal.Read(new JournalQuery { AfterSequence = journal });
        written.Count.ShouldBe(1);
        written.Single().Collection.ShouldBe(Cluster.CollectionName);
        shell.Screen.ShouldContain("Cluster MEIC Roma Est"); // the home page read again
    }

    [Fact]
    public void Should_refuse_a_save_with_problems_and_write_nothing()
    {
        using var shell = new ShellHarness();
        var journal = shell.Context.Store.Journal.Count();
        var form = OpenSettings(shell);
        Retype(shell, form, "name", "");
        Retype(shell, form, "timezone", "Marte/Olympus");

        form.Save();

        shell.Shell.Current.ShouldBe(form);
        form.NoteOf("name").ShouldBe("indica Nome.");
        form.NoteOf("timezone").ShouldContain("Marte/Olympus");
        form.Problem.Text.ShouldContain("non è stato salvato nulla");
        shell.Context.Store.Journal.Count().ShouldBe(journal);
    }

    [Fact]
    public void Should_show_a_long_refusal_whole_above_save_instead_of_cutting_it_at_the_button()
    {
        using var shell = new ShellHarness(builtIns: true);
        File.WriteAllText(Path.Combine(shell.Workspace, "enti.csv"), "Realtà;Tipo;Ambito;Circoscrizione;Telefono\nCasa Betania;terzo settore;casa;7;011\n");
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "meic.mapping");
        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single(s => s.Id == "map-import"));
        var form = shell.Shell.Current.ShouldBeOfType<FormPage>();
        form.EditorOf("file").SetFocus();
        shell.Type("enti.csv");

        form.Save();
        shell.Draw();

        form.Problem.Text.ShouldContain("'Realtà', 'Circoscrizione', 'Telefono'");
        form.Problem.Frame.Height.ShouldBeGreaterThan(1);
        var screen = string.Join(" ", shell.Lines.Select(l => l.Trim('│', ' ')));
        screen.ShouldContain("saltala con --ignore"); // the end of the refusal is on screen, not under the Save button
    }

    [Fact]
    public void Should_pick_the_promoter_among_the_actors_by_label_and_save_its_id()
    {
        using var shell = new ShellHarness();
        var form = OpenSettings(shell);
        var picker = (ListView)form.EditorOf("promoter");
        var labels = picker.Source!.ToList().Cast<object>().Select(o => o.ToString()).ToList();
        var asinitas = shell.Context.Store.Collection<Actor>(Actor.CollectionName).All().Single(a => a.Name == "Asinitas onlus");
        labels.ShouldContain("Asinitas onlus");
        labels.ShouldNotContain(asinitas.Id); // labels, not ids
        picker.SelectedItem = labels.IndexOf("Asinitas onlus");
        shell.Shell.CommandLine.Text.ShouldContain($"meic cluster set promoter {asinitas.Id}");

        form.Save();

        var cluster = ShellTests.Cluster(shell);
        cluster.Promoter.ShouldBe("Asinitas onlus");
        cluster.PromoterId.ShouldBe(asinitas.Id);
    }

    [Fact]
    public void Should_check_a_date_as_the_user_writes_it()
    {
        using var shell = new ShellHarness();
        var saved = new List<DateOnly?>();
        var screen = new FormScreen
        {
            Title = "Riunione",
            Fields = [new FormField { Id = "when", Label = "Data", Kind = FieldKind.Date, Required = true, Hint = "14/03/2027" }, new FormField { Id = "note", Label = "Note" }],
            Save = v => { saved.Add(v.Date("when")); return FormResult.Ok(); },
        };
        shell.Shell.Push(screen);
        var form = shell.Shell.Current.ShouldBeOfType<FormPage>();
        Retype(shell, form, "when", "31/02/2027");
        shell.Press(Key.Tab);
        form.NoteOf("when").ShouldNotBe("14/03/2027");
        form.NoteOf("when").ShouldContain("31/02/2027");
        saved.ShouldBeEmpty();

        Retype(shell, form, "when", "14/03/2027");
        shell.Press(Key.S.WithCtrl);
        saved.ShouldBe([new DateOnly(2027, 3, 14)]);
        shell.Shell.Pages.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_find_a_choice_by_typing_its_label()
    {
        using var shell = new ShellHarness();
        var form = OpenSettings(shell);
        var picker = (ListView)form.EditorOf("promoter");
        picker.SetFocus();
        shell.Type("Asi");
        form.Values().Choice("promoter").ShouldBe(shell.Context.Store.Collection<Actor>(Actor.CollectionName).All().Single(a => a.Name == "Asinitas onlus").Id);
    }

    [Fact]
    public void Should_word_the_form_in_spanish()
    {
        using var shell = new ShellHarness(language: "es");
        var form = OpenSettings(shell);
        shell.Screen.ShouldContain("Zona horaria");
        Retype(shell, form, "timezone", "Marte/Olympus");
        shell.Press(Key.Tab);
        form.NoteOf("timezone").ShouldStartWith("zona horaria desconocida");
        shell.Lines[23].ShouldContain("Guardar");
    }

    [Fact]
    public void Should_mark_the_first_label_of_a_list_of_marks_with_space_and_show_it_in_the_command()
    {
        using var shell = new ShellHarness();
        var form = new FormScreen
        {
            Title = "Nuovo attore",
            Fields =
            [
                new FormField { Id = "name", Label = "nome" },
                new FormField { Id = "areas", Label = "ambiti", Kind = FieldKind.Choices, Choices = [new Choice("housing", "Accoglienza abitativa"), new Choice("work", "Lavoro")] },
            ],
            CommandFor = v => "meic map actors add --area " + v["areas"],
            Save = _ => FormResult.Ok(),
        };
        shell.Shell.Navigate(form.Title, () => form);
        shell.Draw();
        var page = shell.Shell.Current.ShouldBeOfType<FormPage>();

        shell.Press(Key.Tab, Key.Space);

        page.Values()["areas"].ShouldBe("housing");
        shell.Screen.ShouldContain("☑ Accoglienza abitativa");
        shell.Shell.CommandLine.Text.ShouldBe("$ meic map actors add --area housing");
        shell.Press(Key.CursorDown, Key.Space, Key.CursorUp, Key.Space);
        page.Values()["areas"].ShouldBe("work");
    }

    [Fact]
    public void Should_show_a_long_forms_first_field_when_it_is_a_list_at_80_by_24()
    {
        using var shell = new ShellHarness();
        var form = new FormScreen
        {
            Title = "Nuovo servizio",
            Fields =
            [
                new FormField { Id = "actor", Label = "Ente", Kind = FieldKind.Choice, Required = true, Choices = [.. Enumerable.Range(1, 9).Select(i => new Choice($"a{i}", $"Attore {i}"))] },
                .. Enumerable.Range(1, 20).Select(i => new FormField { Id = $"f{i}", Label = $"Campo {i}" }),
            ],
            Save = _ => FormResult.Ok(),
        };
        shell.Shell.Navigate(form.Title, () => form);
        shell.Draw();

        shell.Lines[2].ShouldContain("Ente *:");
        shell.Lines[2].ShouldContain("Attore 1");
        shell.Press(Key.Tab);
        shell.Screen.ShouldContain("Campo 1:");
    }
}
