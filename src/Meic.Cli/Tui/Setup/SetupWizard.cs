using Meic.Cli.Commands;
using Meic.Core.Hosting;
using Meic.Core.Setup;
using Meic.Sdk.Text;
using Terminal.Gui.App;

namespace Meic.Cli.Tui.Setup;

/// <summary>
/// <c>meic init DIR</c> at a terminal without <c>--template</c>: the full-screen setup wizard. Nothing is written while
/// it runs; when the person presses Create, the terminal is given back and the same code as
/// <c>meic init DIR --template … --flags</c> creates the workspace (the command is shown on the last step).
/// </summary>
internal static class SetupWizard
{
    public static int Run(MeicContext context, ClusterSetup setup, Strings words)
    {
        bool accepted;
        using (var app = Application.Create())
        {
            app.Init();
            using var view = new SetupWizardView(setup, words, InitCommand.LoadTemplate);
            app.Run(view.Wizard);
            accepted = view.Accepted;
        }
        // The terminal is restored here, before anything is written or said.
        if (!accepted)
        {
            context.Errors.WriteLine($"meic: {words["setup.w.cancelled"]}");
            return 1;
        }
        var template = InitCommand.LoadTemplate(setup.Template, words);
        var said = HostStrings.Load(setup.EffectiveLanguage(template));
        foreach (var command in setup.Commands(template)) context.Out.WriteLine("$ " + command);
        InitCommand.Create(context, setup, template, said);
        return 0;
    }
}
