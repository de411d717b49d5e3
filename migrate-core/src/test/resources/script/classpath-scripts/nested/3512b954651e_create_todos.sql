-- Create todos
--
-- Revision ID: 3512b954651e
-- Revises:
-- Create Date: 2026-11-20 09:30:00.000000
-- Branch Labels: todo
-- Depends On:

-- migrate:upgrade
CREATE TABLE todos (
	id INT PRIMARY KEY,
	title VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE todos;
