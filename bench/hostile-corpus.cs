#:project ../tests/Meic.Testing/Meic.Testing.csproj
// Writes the corpus of hostile files (tests/Meic.Testing/HostileFiles.cs) into the folder given: for bench/hostile.sh.
foreach (var file in Meic.Testing.HostileFiles.WriteAll(args[0])) Console.WriteLine(file);
