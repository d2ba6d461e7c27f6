using System.Text;
using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Store.Postgres;

// Through a lambda, so the PostgreSQL assembly loads only when a workspace uses it.
StoreFactory.Postgres ??= static (workspace, create) => PostgresStoreRegistration.Open(workspace, create);

var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
// At a terminal, the console's own writers (the terminal UI and its key reading need the terminal set up).
// Into a pipe or a file, plain UTF-8 streams: Console.Out would first set the terminal up (terminfo,
// signal handlers) for output that never reaches one: about 5 ms of a short command's start-up.
var output = interactive ? Console.Out : PlainWriter(Console.OpenStandardOutput());
var errors = interactive ? Console.Error : PlainWriter(Console.OpenStandardError());
return MeicApp.Run(args, output, errors, interactive);

static TextWriter PlainWriter(Stream stream) => new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
