package dev.migrate.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the API with an RFC 9457 problem detail; an invalid request body also
 * lists each invalid field and what is wrong with it under {@code errors}.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ex.getBody();
		body.setDetail("The request has " + ex.getErrorCount() + " invalid field(s)");
		List<FieldProblem> errors = ex.getFieldErrors().stream().map(FieldProblem::of).toList();
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/**
	 * One invalid field of a request body.
	 *
	 * @param field the field's name
	 * @param message what is wrong with it
	 */
	record FieldProblem(String field, @Nullable String message) {

		static FieldProblem of(FieldError error) {
			return new FieldProblem(error.getField(), error.getDefaultMessage());
		}

	}

}
