/** Reads a password without echoing it: from a TTY prompt, or the first line of piped standard input. */
import { createInterface } from 'node:readline';

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Typed characters are not echoed: only the prompt itself is written.
    const write = process.stdout.write.bind(process.stdout);
    rl.question(question, (answer) => {
      process.stdout.write = write;
      process.stdout.write('\n');
      rl.close();
      resolve(answer);
    });
    process.stdout.write = (chunk: string | Uint8Array) => (chunk === question ? write(chunk) : true);
  });
}

export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return firstLineOfStdin();
  const password = await prompt('Пароль: ');
  if ((await prompt('Повторите пароль: ')) !== password) {
    console.error('Пароли не совпадают');
    process.exit(1);
  }
  return password;
}
