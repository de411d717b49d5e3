INSERT INTO todos (id, title, priority) VALUES (1, 'Read the docs', 'low');
