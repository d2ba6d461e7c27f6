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
        var forget = new Option<bool>("--forget-old") { Description = "Remove the old keys from the key file afterwards (older backups then cannot be read)" };
        var command = new Command("rotate-key", "Add a new encryption key and re-encrypt every sensitive field with it") { forget };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "a key rotation");
            var file = Environment.GetEnvironmentVariable(KeyRing.FileVariable) is { Length: > 0 } f ? Path.GetFullPath(f) : KeyRing.DefaultFile(context.WorkspaceDirectory);
            var (id, docs, entries) = KeyRotation.Rotate(context.Store, file, parse.GetValue(forget));
            if (context.Json) context.WriteJson(new { keyId = id, documents = docs, journalEntries = entries, keyFile = file });
            else context.Console.Write(new Text($"New key {id} in {file}; re-encrypted {docs} records and {entries} journal entries.\n"));
            return 0;
        });
        return command;
    }
}
