using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy rotate-key [--forget-old]</c>: a new encryption key, and every sensitive value re-encrypted with it.</summary>
internal static class PrivacyRotateKeyCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var forget = new Option<bool>("--forget-old") { Description = t["privacy.rotateKey.opt.forgetOld"] };
        var command = new Command("rotate-key", t["cmd.privacy.rotateKey"]) { forget };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "privacy.rotateKey.what");
            var file = Environment.GetEnvironmentVariable(KeyRing.FileVariable) is { Length: > 0 } f ? Path.GetFullPath(f) : KeyRing.DefaultFile(context.WorkspaceDirectory);
            var (id, docs, entries) = KeyRotation.Rotate(context.Store, file, parse.GetValue(forget), t);
            if (context.Json) context.WriteJson(new { keyId = id, documents = docs, journalEntries = entries, keyFile = file });
            else context.Console.Write(new Text(t["privacy.rotateKey.done", id, file, docs, entries] + "\n"));
            return 0;
        });
        return command;
    }
}
